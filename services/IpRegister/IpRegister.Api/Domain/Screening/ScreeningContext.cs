namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>What screening needs to know of the declaration an item belongs to.</summary>
public sealed record ScreeningContext(
    DeclarationChannel Channel,
    bool DeclarantIsNaturalPerson,
    bool ForPersonalUse,
    string? DeclarantTaxpayerNumber,
    DateOnly On);
