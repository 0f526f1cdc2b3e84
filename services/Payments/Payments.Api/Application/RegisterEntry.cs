using Customs.Payments.Api.Domain.Guarantors;

namespace Customs.Payments.Api.Application;

/// <summary>One stay of an organisation in the register (Art. 342(1)) with the limits set for it (342(4)).</summary>
public sealed record RegisterEntry(
    Guid Id, string TaxpayerNumber, string Name, GuarantorKind Kind, Guid ApplicationId, RegisterPeriod Period, ExclusionGround ExclusionGround,
    GuarantorLimits Limits);
