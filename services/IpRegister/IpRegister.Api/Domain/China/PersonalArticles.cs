namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// GAC measures Art. 31: articles carried or mailed by individuals are detained only when suspected of infringement
/// and beyond a reasonable quantity for personal use, unless the passenger or consignee renounces them.
/// </summary>
public static class PersonalArticles
{
    public static bool Detained(decimal quantity, decimal reasonableQuantity, bool renounced) =>
        !renounced && quantity > reasonableQuantity;
}
