namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>Details that let customs identify the goods (Art. 394(2)): tariff codes (or their leading digits) and brand spellings.</summary>
public sealed record GoodsIdentification(
    IReadOnlyList<string> TariffCodes,
    IReadOnlyList<string> BrandSpellings,
    string? Features);
