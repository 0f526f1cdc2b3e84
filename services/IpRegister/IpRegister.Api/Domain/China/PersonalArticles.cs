using Customs.IpRegister.Api.Domain.Reference;

namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// GAC measures Art. 31: articles carried or mailed by individuals are detained only when suspected of infringement
/// and beyond a reasonable quantity for personal use, unless the passenger or consignee renounces them.
/// </summary>
public static class PersonalArticles
{
    public static bool Detained(decimal quantity, decimal reasonableQuantity, bool renounced) =>
        !renounced && quantity > reasonableQuantity;

    /// <summary>
    /// Within the reasonable quantity in force. When none is set (the measures give no figure), nothing shows the articles
    /// are within it: they are not exempt, and the individual may explain in writing that they are for personal use
    /// (Art. 31, second paragraph). The Russian Art. 400 value is never taken instead.
    /// </summary>
    public static bool WithinReasonableQuantity(decimal quantity, ReasonableQuantity reasonable) =>
        reasonable.Quantity is { } limit && !Detained(quantity, limit, renounced: false);
}
