using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// What one declaration owes and has paid. Penalties are charged on what is outstanding for the days after the term
/// (Art. 349(2)) up to <see cref="PenaltySettledTo"/>, which is stored, so those days are never charged twice.
/// Its days are those of the customs office of the declaration (<see cref="CustomsOfficeCode"/>, its time zone in the
/// office data): the term, the day of payment and the penalty's days are that office's calendar days.
/// A deferral or instalments (Arts. 333-336) move part or all of it to later terms (<see cref="Deferred"/>, Obligation.Deferral.cs).
/// </summary>
public sealed partial record Obligation(
    string DeclarationId, DateOnly DueDate, decimal AssessedRub, decimal PaidRub, decimal PenaltyRub, decimal PenaltyPaidRub, DateOnly? PenaltySettledTo)
{
    /// <summary>
    /// The office that accepted the declaration; null only for obligations opened before the office was recorded
    /// (migration 0012), which keep the Moscow date they were opened with.
    /// </summary>
    public string? CustomsOfficeCode { get; init; }

    /// <summary>Art. 349(5): the periods (both days included) the goods were in temporary storage: no penalty for their days.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> TemporaryStorage { get; init; } = [];

    public decimal OutstandingRub => Math.Max(0, AssessedRub - PaidRub);

    /// <summary>Today at the declaration's office.</summary>
    public DateOnly Today(TimeProvider clock) => CustomsOfficeCode is { } office
        ? OfficeTimeZones.Default.TodayAt(office, clock)
        : OfficeTime.DateAt(clock.GetUtcNow(), OfficeTime.Moscow);

    /// <summary>A day a request says something happened on is not after today at the declaration's office.</summary>
    public void EnsureNotAfterToday(DateOnly day, string field, TimeProvider clock)
    {
        if (day > Today(clock))
        {
            throw new RequestValidationException([new(field, $"cannot be later than today at the declaration's customs office ({Today(clock):yyyy-MM-dd})")]);
        }
    }

    /// <summary>Art. 349(2): the instant (UTC) the office's day after the term begins; unpaid then, the amount is arrears.</summary>
    /// <remarks>With a deferral, the term is that of the first part not paid in full (<see cref="NextDueDate"/>).</remarks>
    public DateTimeOffset ArrearsBeginAt => (CustomsOfficeCode is { } office
        ? OfficeTimeZones.Default.StartOf(office, PaymentTerm.ArrearsFrom(NextDueDate))
        : OfficeTime.StartOf(PaymentTerm.ArrearsFrom(NextDueDate), OfficeTime.Moscow)).ToUniversalTime();

    public decimal PenaltyOutstandingRub => PenaltyRub - PenaltyPaidRub;

    public bool Settled => OutstandingRub == 0 && PenaltyOutstandingRub == 0 && InterestOutstandingRub == 0;

    public static DateOnly DueDateFor(DateOnly goodsPresentedOn) => PaymentTerm.ForImport(goodsPresentedOn);

    /// <summary>The penalty on what is outstanding for the days not charged yet, up to <paramref name="on"/> (that day included).</summary>
    public Penalty PenaltyTo(DateOnly on, PenaltyCalculator penalties)
    {
        var from = PenaltySettledTo is { } settled && settled > DueDate ? settled : DueDate;
        var limits = new PenaltyLimits { TemporaryStorage = TemporaryStorage };
        return Deferred.Count == 0 ? penalties.Calculate(OutstandingRub, from, on, limits) : PenaltyByTerms(from, on, penalties, limits);
    }

    /// <summary>
    /// Art. 349(5): "no penalty fees shall be charged or disbursed for the period of the goods temporary storage". A period
    /// is recorded once, overlapping none recorded, and only over days not charged yet: a day charged is never taken back here.
    /// </summary>
    public Obligation WithTemporaryStorage(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("A storage period ends on or after its first day.", nameof(to));
        }

        if (PenaltySettledTo is { } settled && from <= settled)
        {
            throw new RuleViolationException(PaymentErrors.PenaltyAlreadyCharged,
                $"Penalties are charged to {settled:yyyy-MM-dd}; a storage period from {from:yyyy-MM-dd} would take back days charged.", "Art. 349(5)");
        }

        foreach (var (recordedFrom, recordedTo) in TemporaryStorage.Where(p => p.From <= to && from <= p.To))
        {
            throw new RuleViolationException(PaymentErrors.StoragePeriodOverlaps,
                $"The goods' temporary storage from {recordedFrom:yyyy-MM-dd} to {recordedTo:yyyy-MM-dd} is recorded already.", "Art. 349(5)");
        }

        return this with { TemporaryStorage = [.. TemporaryStorage.Append((From: from, To: to)).OrderBy(p => p.From)] };
    }

    /// <summary>
    /// The obligation with the penalty (Art. 349(2)) and, under a deferral, the interest of Art. 336(1) charged up to
    /// <paramref name="on"/>, that day included; what is charged is the payer's, whoever pays it.
    /// </summary>
    public Obligation ChargedTo(DateOnly on, PenaltyCalculator penalties, InterestCalculator interest)
    {
        var penalty = PenaltyTo(on, penalties);
        var charged = penalty.LastDay is null ? this : this with
        {
            PenaltyRub = PenaltyRub + penalty.AmountRub, PenaltySettledTo = penalty.LastDay,
            Charges = [.. Charges, .. ChargesOf(ChargeKind.Penalty, penalty.Parts)], // Art. 355(7): kept with what each was charged on.
        };
        return charged.WithInterestTo(on, interest);
    }

    /// <summary>
    /// Charges the penalty (and, under a deferral, the interest of Art. 336) up to <paramref name="on"/>, then pays the
    /// duties and taxes whose term has come first, the interest next (Art. 336(2): "prior to or concurrently with" the
    /// arrears), the penalties after (Art. 349(7)) and with the rest the parts of a deferral not yet due, earliest first.
    /// </summary>
    public (Obligation After, decimal ToPayments, decimal ToPenalties) Pay(decimal amountRub, DateOnly on, PenaltyCalculator penalties, InterestCalculator interest)
    {
        var charged = ChargedTo(on, penalties, interest);
        var toDuties = Math.Min(amountRub, charged.ArrearsOn(on.AddDays(1)));
        var toInterest = Math.Min(amountRub - toDuties, charged.InterestOutstandingRub);
        var toPenalties = Math.Min(amountRub - toDuties - toInterest, charged.PenaltyOutstandingRub);
        var toPayments = toDuties + Math.Min(amountRub - toDuties - toInterest - toPenalties, charged.OutstandingRub - toDuties);
        return (charged with
        {
            PaidRub = charged.PaidRub + toPayments, InterestPaidRub = charged.InterestPaidRub + toInterest, PenaltyPaidRub = charged.PenaltyPaidRub + toPenalties,
        }, toPayments, toPenalties);
    }
}
