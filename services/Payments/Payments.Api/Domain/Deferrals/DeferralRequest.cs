using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>
/// The payer's written request (Art. 333(1)) for the whole outstanding amount of one declaration or a part of it (333(4)),
/// on a ground of Art. 334, for 1 to 6 months (333(6)), to be decided by <see cref="DecideBy"/> (333(5): "not exceeding 15 days").
/// </summary>
public sealed record DeferralRequest(
    string Reference, string DeclarationId, string Payer, DeferralKind Kind, DeferralGround Ground, int Months, decimal AmountRub,
    DateOnly SubmittedOn, DateOnly DecideBy)
{
    /// <summary>Art. 333(4): <see cref="AmountRub"/> is the part asked for, not the whole outstanding amount.</summary>
    public bool PartAsked { get; init; }

    /// <summary>Art. 333(4): "one or several categories of customs duties and taxes"; empty for all of what is owed.</summary>
    public IReadOnlyList<PaymentCategory> Categories { get; init; } = [];
}
