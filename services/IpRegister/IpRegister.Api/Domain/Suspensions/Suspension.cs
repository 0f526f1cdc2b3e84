using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>A suspension of release of goods with signs of infringement (Arts. 397–399). Only a court finds goods counterfeit.</summary>
public sealed class Suspension
{
    private const string Art397_1 = "Customs Code Art. 397(1)";
    private const string Art399 = "Customs Code Art. 399";

    public required Guid Id { get; init; }

    public required Guid DeclarationId { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    /// <summary>The day signs of infringement were found.</summary>
    public required DateOnly DetectedOn { get; init; }

    /// <summary>
    /// The day the suspension took effect. While held, the day of detection: the hold runs from it to <see cref="Until"/>
    /// (= <see cref="DecideBy"/>); on a decision to suspend, the day of the decision.
    /// </summary>
    public required DateOnly SuspendedOn { get; set; }

    /// <summary>For goods held pending the head's decision: the last day to decide (kept after the decision).</summary>
    public DateOnly? DecideBy { get; set; }

    public WrittenDecision? Decision { get; set; }

    public required DateOnly Until { get; set; }

    /// <summary>
    /// <see cref="Until"/> was counted across a year whose official calendar act is not loaded (statutory holidays alone)
    /// and may move when the act is loaded.
    /// </summary>
    public bool UntilProvisional { get; set; }

    public int ExtendedWorkingDays { get; set; }

    public string? CompetentAuthorityReference { get; set; }

    /// <summary>The last extension's written decision (Art. 397(1)); null when never extended, or extended before it was recorded.</summary>
    public ExtensionDecision? ExtensionDecision { get; set; }

    public SuspensionStatus Status { get; set; } = SuspensionStatus.Active;

    public DateOnly? EndedOn { get; set; }

    public LiftReason LiftReason { get; set; }

    public string? CourtDecisionReference { get; set; }

    /// <summary>Art. 397(3): the holder answers for the damage unless the goods were found counterfeit.</summary>
    public bool HolderLiableForDamage { get; set; }

    /// <summary>
    /// Art. 397(2): declarant and holder are told no later than the day following the suspension (a calendar day, as
    /// the Code says; that also meets "the next working day"). None while the goods are only held.
    /// </summary>
    public DateOnly? NotifyPartiesBy => Status == SuspensionStatus.Held ? null : SuspendedOn.AddDays(1);

    /// <summary>Art. 399(1): revoked on the day after the term expires, unless seized before. A hold lapses likewise.</summary>
    public DateOnly LiftsOn => Until.AddDays(1);

    public bool IsInForce => Status is SuspensionStatus.Active or SuspensionStatus.Held;

    public bool IsDueForLifting(DateOnly today) => IsInForce && today >= LiftsOn;

    /// <summary>Art. 397(1): ten working days from the day of suspension, by the calendar of the jurisdiction.</summary>
    public static Suspension Suspend(
        Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, DateOnly on, int workingDays, WorkingCalendar calendar) =>
        Detected(id, declarationId, entryId, items, on, calendar.Term(on, workingDays));

    /// <summary>
    /// Art. 397(1): a match is not yet a suspension; the release is held until the head of the office or the deputy
    /// decides in writing, at the latest on the next working day after detection. Without a decision the hold lapses
    /// the day after (as a suspension lifts the day after its term, Art. 399(1)) and the goods may be released.
    /// </summary>
    public static Suspension Hold(Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, DateOnly on, WorkingCalendar calendar)
    {
        var held = Detected(id, declarationId, entryId, items, on, calendar.Term(on, 1));
        held.DecideBy = held.Until;
        held.Status = SuspensionStatus.Held;
        return held;
    }

    /// <summary>Goods matched on <paramref name="on"/>, stopped until the end of <paramref name="term"/>.</summary>
    private static Suspension Detected(Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, DateOnly on, WorkingDayTerm term) => new()
    {
        Id = id,
        DeclarationId = declarationId,
        RegisterEntryId = entryId,
        ItemNumbers = items,
        DetectedOn = on,
        SuspendedOn = on,
        Until = term.End,
        UntilProvisional = term.IsProvisional,
    };

    /// <summary>
    /// Art. 397(1): the written decision on held goods. Suspend: the ten working days run from the decision. Decline:
    /// the hold ends and release may go ahead.
    /// </summary>
    public void Decide(WrittenDecision decision, int workingDays, WorkingCalendar calendar)
    {
        if (Status != SuspensionStatus.Held)
        {
            throw new SuspensionRuleException(RegisterErrors.NotHeld, $"The goods are not held pending a decision: the suspension is {Describe(Status)}.", Art397_1);
        }

        if (decision.On > Until)
        {
            throw new SuspensionRuleException(RegisterErrors.HoldLapsed, $"The hold lapsed: the decision was due by {Until:yyyy-MM-dd}.", Art397_1);
        }

        Decision = decision;
        if (decision.Decision == SuspensionDecision.Suspend)
        {
            Status = SuspensionStatus.Active;
            SuspendedOn = decision.On;
            var term = calendar.Term(decision.On, workingDays);
            Until = term.End;
            UntilProvisional = term.IsProvisional;
            return;
        }

        Status = SuspensionStatus.Lifted;
        LiftReason = LiftReason.DecisionDeclined;
        EndedOn = decision.On;
    }

    /// <summary>Art. 399(1) on the day after the term; a hold without a decision lapses the same way.</summary>
    public void Expire() => Lift(Status == SuspensionStatus.Held ? LiftReason.NoDecision : LiftReason.Expired, LiftsOn);

    /// <summary>
    /// Art. 397(1): at most ten more working days in all, on the holder's motivated request showing it has applied to
    /// the competent authority.
    /// </summary>
    public void Extend(
        int workingDays, string? competentAuthorityReference, int maxExtension, WorkingCalendar calendar, DateOnly today,
        ExtensionDecision? decision = null)
    {
        EnsureActive();
        if (today > Until)
        {
            throw new SuspensionRuleException(RegisterErrors.TermEnded, $"The suspension's term ran out on {Until:yyyy-MM-dd}; it can no longer be extended.", Art397_1);
        }

        if (string.IsNullOrWhiteSpace(competentAuthorityReference))
        {
            throw new SuspensionRuleException(RegisterErrors.AuthorityApplicationMissing, "An extension needs the holder's application to the competent authority (Art. 397(1)).", Art397_1);
        }

        if (workingDays < 1 || workingDays > maxExtension - ExtendedWorkingDays)
        {
            throw new SuspensionRuleException(RegisterErrors.ExtensionLimitReached,
                $"A suspension may be extended by at most {maxExtension} working days in all; {ExtendedWorkingDays} already granted (Art. 397(1)).", Art397_1);
        }

        var extension = calendar.Term(Until, workingDays);
        Until = extension.End;
        UntilProvisional = UntilProvisional || extension.IsProvisional;
        ExtendedWorkingDays += workingDays;
        CompetentAuthorityReference = competentAuthorityReference;
        ExtensionDecision = decision ?? ExtensionDecision;
    }

    /// <summary>Art. 399(1)-(3): on expiry (the day after), on the holder's request or when the object leaves the register.</summary>
    public void Lift(LiftReason reason, DateOnly on)
    {
        if (!IsInForce)
        {
            throw new SuspensionRuleException(RegisterErrors.NotInForce, $"The suspension is {Describe(Status)}, not in force.", Art399);
        }

        if (reason is LiftReason.Expired or LiftReason.NoDecision && on < LiftsOn)
        {
            throw new SuspensionRuleException(RegisterErrors.NotYetDue, $"The suspension runs until {Until:yyyy-MM-dd}; it lifts on {LiftsOn:yyyy-MM-dd} (Art. 399(1)).", Art399);
        }

        Status = SuspensionStatus.Lifted;
        LiftReason = reason;
        EndedOn = on;
    }

    /// <summary>Art. 397(3): a court decision is the only finding of counterfeit; a finding of no infringement releases the goods.</summary>
    public void RecordCourtDecision(bool counterfeit, string decisionReference, DateOnly on)
    {
        if (Status == SuspensionStatus.Seized)
        {
            throw new SuspensionRuleException(RegisterErrors.AlreadySeized, "The goods are already seized.", "Customs Code Art. 397(3)");
        }

        CourtDecisionReference = decisionReference;
        if (counterfeit)
        {
            Status = SuspensionStatus.Seized;
            EndedOn = on;
            return;
        }

        HolderLiableForDamage = true;
        if (IsInForce)
        {
            Status = SuspensionStatus.Lifted;
            LiftReason = LiftReason.CourtFoundNoInfringement;
            EndedOn = on;
        }
    }

    private void EnsureActive()
    {
        if (Status != SuspensionStatus.Active)
        {
            throw new SuspensionRuleException(RegisterErrors.NotActive, $"The suspension is {Describe(Status)}, not active.", Art397_1);
        }
    }

    private static string Describe(SuspensionStatus status) =>
        status == SuspensionStatus.Held ? "held pending the head's decision" : status.ToString().ToLowerInvariant();
}
