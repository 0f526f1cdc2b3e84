using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// Art. 355(7): "In the instance of reimbursement of the excessively paid or excessively collected amounts of customs duties
/// and taxes, the penalty fees and the interest paid or collected on the amounts of reimbursed customs duties and taxes ...
/// shall also be refunded." A penalty (and a deferral's interest) is charged on what was unpaid each day; the part of a
/// charge that was charged on duties later found not owed (the assessment fell below what it was when the charge was made)
/// is the part "on the amounts of reimbursed" duties, as far as the refund returns them. Of that part, what was paid is
/// refunded (payments of penalties are not tied to days, so in the proportion paid of all charged) and what was not paid
/// is no longer owed.
/// </summary>
public sealed partial record Obligation
{
    /// <summary>Every penalty and interest charge (<see cref="Charge"/>); empty for charges made before migration 0023.</summary>
    public IReadOnlyList<Charge> Charges { get; init; } = [];

    /// <summary>
    /// Of the excess returned so far under Art. 355, what was counted against duties the assessment no longer holds (the
    /// charges on them are returned once).
    /// </summary>
    public decimal ReducedDutiesReturnedRub { get; init; }

    /// <summary>How far the assessment fell below the highest it stood at when a charge was made: the duties charged on and not owed.</summary>
    private decimal ReducedRub => Math.Max(0, Charges.Select(c => c.AssessedRub).DefaultIfEmpty(AssessedRub).Max() - AssessedRub);

    /// <summary>
    /// <paramref name="dutiesRub"/> of the excess returned (Art. 355): it leaves what was paid, and the penalties and interest
    /// charged on it leave the obligation: the paid share refunded (the amounts answered), the unpaid share no longer owed.
    /// </summary>
    public (Obligation After, decimal PenaltiesRub, decimal InterestRub) ReturnExcess(decimal dutiesRub)
    {
        // The amount returned is counted first against the duties no longer held (in the payer's favour; in the end every
        // such duty returned is counted once), the rest is an excess no penalty or interest was charged on.
        var before = ReducedDutiesReturnedRub;
        var counted = before + Math.Min(dutiesRub, Math.Max(0, ReducedRub - before));
        var penalty = ChargedOnReturned(ChargeKind.Penalty, counted) - ChargedOnReturned(ChargeKind.Penalty, before);
        var interest = ChargedOnReturned(ChargeKind.Interest, counted) - ChargedOnReturned(ChargeKind.Interest, before);
        var penaltyBack = PaidShare(penalty, PenaltyPaidRub, PenaltyRub);
        var interestBack = PaidShare(interest, InterestPaidRub, InterestRub);
        return (this with
        {
            PaidRub = PaidRub - dutiesRub, ReducedDutiesReturnedRub = counted,
            PenaltyRub = PenaltyRub - penalty, PenaltyPaidRub = PenaltyPaidRub - penaltyBack,
            InterestRub = InterestRub - interest, InterestPaidRub = InterestPaidRub - interestBack,
        }, penaltyBack, interestBack);
    }

    /// <summary>
    /// What of the charges of <paramref name="kind"/> was charged on the first <paramref name="returnedRub"/> of duties
    /// returned: each charge is linear in its base, so its share is min(base, assessed then - assessed now, returned) / base.
    /// </summary>
    private decimal ChargedOnReturned(ChargeKind kind, decimal returnedRub) => MinorUnits.Round(Charges
        .Where(c => c.Kind == kind && c.BaseRub > 0)
        .Sum(c => c.AmountRub * Math.Min(Math.Min(c.BaseRub, Math.Max(0, c.AssessedRub - AssessedRub)), returnedRub) / c.BaseRub));

    private static decimal PaidShare(decimal share, decimal paid, decimal charged) =>
        share <= 0 || charged <= 0 ? 0 : Math.Min(paid, MinorUnits.Round(share * paid / charged));

    /// <summary>The charges of <paramref name="parts"/> (penalty or interest parts, each with its base) at today's assessment.</summary>
    private IEnumerable<Charge> ChargesOf(ChargeKind kind, IEnumerable<PenaltyPart> parts) =>
        parts.Where(p => p.AmountRub > 0).Select(p => new Charge(kind, p.BaseRub, AssessedRub, p.AmountRub));

    /// <summary>
    /// Art. 355(1): collection proceeds over what the declaration owed are "collected in excess"; they stay on the declaration
    /// as paid, to be returned on the payer's request (355(2)) or offset (355(8), (9)), not credited as an advance (330).
    /// </summary>
    public Obligation WithExcessCollected(decimal excessRub) => excessRub <= 0 ? this : this with { PaidRub = PaidRub + excessRub };

    /// <summary>A penalty charged without its parts (the deferral decision's, Art. 349(2)): charged on what is outstanding.</summary>
    public Obligation WithPenaltyCharged(decimal amountRub, DateOnly to) => amountRub <= 0 ? this : this with
    {
        PenaltyRub = PenaltyRub + amountRub, PenaltySettledTo = to,
        Charges = [.. Charges, new Charge(ChargeKind.Penalty, OutstandingRub, AssessedRub, amountRub)],
    };
}
