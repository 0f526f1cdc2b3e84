using Customs.IpRegister.Api.Domain.Calendars;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>What screening needs to know of the declaration an item belongs to, and the office's rule set.</summary>
public sealed record ScreeningContext(
    DeclarationChannel Channel,
    bool DeclarantIsNaturalPerson,
    bool ForPersonalUse,
    string? DeclarantTaxpayerNumber,
    DateOnly On,
    Jurisdiction Jurisdiction = Jurisdiction.Russia);
