using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// What one declaration owes and has paid. Penalties are charged on what is outstanding for the days after the term
/// (Art. 349(2)) up to <see cref="PenaltySettledTo"/>, which is stored, so those days are never charged twice.
/// </summary>
public sealed record Obligation(
    string DeclarationId, DateOnly DueDate, decimal AssessedRub, decimal PaidRub, decimal PenaltyRub, decimal PenaltyPaidRub, DateOnly? PenaltySettledTo)
{
    public decimal OutstandingRub => Math.Max(0, AssessedRub - PaidRub);

    public decimal PenaltyOutstandingRub => PenaltyRub - PenaltyPaidRub;

    public bool Settled => OutstandingRub == 0 && PenaltyOutstandingRub == 0;

    public static DateOnly DueDateFor(DateOnly goodsPresentedOn) => PaymentTerm.ForImport(goodsPresentedOn);

    /// <summary>The penalty on what is outstanding for the days not charged yet, up to <paramref name="on"/> (that day included).</summary>
    public Penalty PenaltyTo(DateOnly on, PenaltyCalculator penalties)
    {
        var from = PenaltySettledTo is { } settled && settled > DueDate ? settled : DueDate;
        return penalties.Calculate(OutstandingRub, from, on);
    }

    /// <summary>Charges the penalty up to <paramref name="on"/>, then pays the payments first and the penalties after (Art. 349(7)).</summary>
    public (Obligation After, decimal ToPayments, decimal ToPenalties) Pay(decimal amountRub, DateOnly on, PenaltyCalculator penalties)
    {
        var penalty = PenaltyTo(on, penalties);
        var charged = penalty.LastDay is null ? this : this with { PenaltyRub = PenaltyRub + penalty.AmountRub, PenaltySettledTo = penalty.LastDay };
        var toPayments = Math.Min(amountRub, charged.OutstandingRub);
        var toPenalties = Math.Min(amountRub - toPayments, charged.PenaltyOutstandingRub);
        return (charged with { PaidRub = charged.PaidRub + toPayments, PenaltyPaidRub = charged.PenaltyPaidRub + toPenalties }, toPayments, toPenalties);
    }
}
