using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>A suspension of release of goods with signs of infringement (Arts. 397–399). Only a court finds goods counterfeit.</summary>
public sealed class Suspension
{
    private const string Art397_1 = "Customs Code Art. 397(1)";
    private const string Art399 = "Customs Code Art. 399";

    // Made only by Hold, Suspend and Restore; its state then changes only through its methods.
    private Suspension()
    {
    }

    public required Guid Id { get; init; }

    public required Guid DeclarationId { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    /// <summary>The office, its calendar and the parties, as recorded when the goods were matched (Art. 397(2)).</summary>
    public required SuspensionContext Context { get; init; }

    /// <summary>The day signs of infringement were found.</summary>
    public required DateOnly DetectedOn { get; init; }

    /// <summary>
    /// The day the suspension took effect. While held, the day of detection: the hold runs from it to <see cref="Until"/>
    /// (= <see cref="DecideBy"/>); on a decision to suspend, the day of the decision.
    /// </summary>
    public DateOnly SuspendedOn { get; private set; }

    /// <summary>For goods held pending the head's decision: the last day to decide (kept after the decision).</summary>
    public DateOnly? DecideBy { get; private set; }

    public WrittenDecision? Decision { get; private set; }

    public DateOnly Until { get; private set; }

    /// <summary>
    /// <see cref="Until"/> was counted across a year whose official calendar act is not loaded (statutory holidays alone)
    /// and may move when the act is loaded.
    /// </summary>
    public bool UntilProvisional { get; private set; }

    public int ExtendedWorkingDays { get; private set; }

    public string? CompetentAuthorityReference { get; private set; }

    /// <summary>The last extension's written decision (Art. 397(1)); null when never extended, or extended before it was recorded.</summary>
    public ExtensionDecision? ExtensionDecision { get; private set; }

    public SuspensionStatus Status { get; private set; } = SuspensionStatus.Active;

    public DateOnly? EndedOn { get; private set; }

    public LiftReason LiftReason { get; private set; }

    public string? CourtDecisionReference { get; private set; }

    /// <summary>Art. 399(1): when seized, the act that kept the goods from release, who enacted it and its reference.</summary>
    public SeizureAct SeizureAct { get; private set; }

    public string? SeizingAuthority { get; private set; }

    public string? SeizureReference { get; private set; }

    /// <summary>Art. 397(3): the holder answers for the damage unless the goods were found counterfeit; recorded on every lift.</summary>
    public bool HolderLiableForDamage { get; private set; }

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
        Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, SuspensionContext context, DateOnly on, int workingDays,
        WorkingCalendar calendar) =>
        Detected(id, declarationId, entryId, items, context, on, calendar.Term(on, workingDays));

    /// <summary>
    /// Art. 397(1): a match is not yet a suspension; the release is held until the head of the office or the deputy
    /// decides in writing, at the latest on the next working day after detection. Without a decision the hold lapses
    /// the day after (as a suspension lifts the day after its term, Art. 399(1)) and the goods may be released.
    /// </summary>
    public static Suspension Hold(
        Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, SuspensionContext context, DateOnly on, WorkingCalendar calendar)
    {
        var held = Detected(id, declarationId, entryId, items, context, on, calendar.Term(on, 1));
        held.DecideBy = held.Until;
        held.Status = SuspensionStatus.Held;
        return held;
    }

    /// <summary>Goods matched on <paramref name="on"/>, stopped until the end of <paramref name="term"/>.</summary>
    private static Suspension Detected(
        Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, SuspensionContext context, DateOnly on, WorkingDayTerm term) => new()
    {
        Id = id,
        DeclarationId = declarationId,
        RegisterEntryId = entryId,
        ItemNumbers = items,
        Context = context,
        DetectedOn = on,
        SuspendedOn = on,
        Until = term.End,
        UntilProvisional = term.IsProvisional,
    };

    /// <summary>Rebuilds a stored suspension.</summary>
    public static Suspension Restore(StoredSuspension state) => new()
    {
        Id = state.Id,
        DeclarationId = state.DeclarationId,
        RegisterEntryId = state.RegisterEntryId,
        ItemNumbers = state.ItemNumbers,
        Context = state.Context,
        DetectedOn = state.DetectedOn,
        SuspendedOn = state.SuspendedOn,
        DecideBy = state.DecideBy,
        Decision = state.Decision,
        Until = state.Until,
        UntilProvisional = state.UntilProvisional,
        ExtendedWorkingDays = state.ExtendedWorkingDays,
        CompetentAuthorityReference = state.CompetentAuthorityReference,
        ExtensionDecision = state.ExtensionDecision,
        Status = state.Status,
        EndedOn = state.EndedOn,
        LiftReason = state.LiftReason,
        CourtDecisionReference = state.CourtDecisionReference,
        HolderLiableForDamage = state.HolderLiableForDamage,
        SeizureAct = state.SeizureAct,
        SeizingAuthority = state.SeizingAuthority,
        SeizureReference = state.SeizureReference,
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

        Lifted(LiftReason.DecisionDeclined, decision.On);
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

    /// <summary>
    /// GAC measures: a Chinese suspension runs by the stage of its detention procedure, not by extensions: to the end of
    /// the holder's 3 working days from delivery of the written notice (Art. 22), then to the 50th working day from the day
    /// of detaining (Art. 29). The dates come from <see cref="China.ChinaDetention"/>.
    /// </summary>
    public void RunUntil(DateOnly end, bool provisional)
    {
        EnsureActive();
        if (Context.Jurisdiction != Customs.BuildingBlocks.Calendar.WorkingCalendars.ChinaCode)
        {
            throw new InvalidOperationException("Only a suspension at a Chinese office runs by the GAC procedure's stages.");
        }

        Until = end;
        UntilProvisional = provisional;
    }

    /// <summary>
    /// A provisional term counted again with a year's calendar act now loaded (<see cref="SuspensionTermRecount"/>): the
    /// last day, and while held the decision's day with it, take the new count.
    /// </summary>
    public void Recounted(WorkingDayTerm term)
    {
        if (!IsInForce)
        {
            throw new InvalidOperationException($"Suspension {Id} is {Describe(Status)}: its term is no longer counted.");
        }

        Until = term.End;
        UntilProvisional = term.IsProvisional;
        if (Status == SuspensionStatus.Held)
        {
            DecideBy = term.End;
        }
    }

    /// <summary>
    /// GAC Art. 25: "if the intellectual property right owner fails to apply or provide a guarantee, the customs shall
    /// release the goods": the suspension ends on the day the answer is recorded.
    /// </summary>
    public void NotDetained(DateOnly on) => ReleasedUnderGac(LiftReason.NotDetained, on);

    /// <summary>GAC Arts. 22(2), 25, 27(3), 28(2): the procedure releases the goods; the suspension is lifted on <paramref name="on"/>.</summary>
    public void ReleasedUnderGac(LiftReason reason, DateOnly on)
    {
        if (reason is not (LiftReason.NotDetained or LiftReason.HolderDeclined or LiftReason.ReleasedByAgreement or LiftReason.ReleasedAgainstGuarantee))
        {
            throw new ArgumentException($"{reason} is not a release of the GAC procedure.", nameof(reason));
        }

        EnsureActive();
        Lifted(reason, on);
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

        Lifted(reason, on);
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
            Seized(SeizureAct.CourtDecision, null, decisionReference, on);
            return;
        }

        HolderLiableForDamage = true;
        if (IsInForce)
        {
            Lifted(LiftReason.CourtFoundNoInfringement, on);
        }
    }

    /// <summary>
    /// Art. 397(3): the holder answers for the damage the stop of release caused unless the goods are found counterfeit in
    /// the order the law sets; a lift is never such a finding, whatever lifted the goods (expiry, the holder's request,
    /// the entry's exclusion, a decision not to suspend, no decision, a court finding no infringement).
    /// </summary>
    private void Lifted(LiftReason reason, DateOnly on)
    {
        Status = SuspensionStatus.Lifted;
        LiftReason = reason;
        EndedOn = on;
        HolderLiableForDamage = true;
    }

    /// <summary>
    /// Art. 399(1): "In case the authorities duly empowered [...] have not enacted the goods withdrawal, sequester or
    /// confiscation prior to the expiry of the term of suspension [...], the resolution suspending the release of said goods
    /// shall be revoked on the day following": such an act before the term ran out keeps the goods from release as a court's
    /// finding does, and is recorded as what it is. It finds nothing counterfeit (Art. 397(3)).
    /// </summary>
    public void RecordSeizure(SeizureAct act, string authority, string reference, DateOnly on)
    {
        if (act is not (SeizureAct.AdministrativeSeizure or SeizureAct.Confiscation))
        {
            throw new ArgumentOutOfRangeException(nameof(act), act, "An administrative seizure or a confiscation; a court's finding is RecordCourtDecision.");
        }

        if (Status == SuspensionStatus.Seized)
        {
            throw new SuspensionRuleException(RegisterErrors.AlreadySeized, "The goods are already seized.", Art399);
        }

        if (!IsInForce || on > Until)
        {
            throw new SuspensionRuleException(RegisterErrors.NotInForce,
                $"The suspension ran until {Until:yyyy-MM-dd} and is {Describe(Status)}: an act enacted after its term does not stop the lift (Art. 399(1)).", Art399);
        }

        Seized(act, authority, reference, on);
    }

    private void Seized(SeizureAct act, string? authority, string reference, DateOnly on)
    {
        Status = SuspensionStatus.Seized;
        EndedOn = on;
        SeizureAct = act;
        SeizingAuthority = authority;
        SeizureReference = reference;
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
