using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>A suspension of release of goods with signs of infringement (Arts. 397–399). Only a court finds goods counterfeit.</summary>
public sealed class Suspension
{
    public required Guid Id { get; init; }

    public required Guid DeclarationId { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    public required DateOnly SuspendedOn { get; init; }

    public required DateOnly Until { get; set; }

    public int ExtendedWorkingDays { get; set; }

    public string? CompetentAuthorityReference { get; set; }

    public SuspensionStatus Status { get; set; } = SuspensionStatus.Active;

    public DateOnly? EndedOn { get; set; }

    public LiftReason LiftReason { get; set; }

    public string? CourtDecisionReference { get; set; }

    /// <summary>Art. 397(3): the holder answers for the damage unless the goods were found counterfeit.</summary>
    public bool HolderLiableForDamage { get; set; }

    /// <summary>Art. 397(2): declarant and holder are told no later than the next day.</summary>
    public DateOnly NotifyPartiesBy => SuspendedOn.AddDays(1);

    /// <summary>Art. 399(1): revoked on the day after the term expires, unless seized before.</summary>
    public DateOnly LiftsOn => Until.AddDays(1);

    public bool IsDueForLifting(DateOnly today) => Status == SuspensionStatus.Active && today >= LiftsOn;

    /// <summary>Art. 397(1): ten working days from the day of suspension, by the calendar of the jurisdiction.</summary>
    public static Suspension Suspend(
        Guid id, Guid declarationId, Guid entryId, IReadOnlyList<int> items, DateOnly on, int workingDays, WorkingCalendar calendar) => new()
    {
        Id = id,
        DeclarationId = declarationId,
        RegisterEntryId = entryId,
        ItemNumbers = items,
        SuspendedOn = on,
        Until = calendar.AddWorkingDays(on, workingDays),
    };

    /// <summary>
    /// Art. 397(1): at most ten more working days in all, on the holder's motivated request showing it has applied to
    /// the competent authority.
    /// </summary>
    public void Extend(int workingDays, string? competentAuthorityReference, int maxExtension, WorkingCalendar calendar, DateOnly today)
    {
        EnsureActive();
        if (today > Until)
        {
            throw new SuspensionRuleException($"The suspension's term ran out on {Until:yyyy-MM-dd}; it can no longer be extended.");
        }

        if (string.IsNullOrWhiteSpace(competentAuthorityReference))
        {
            throw new SuspensionRuleException("An extension needs the holder's application to the competent authority (Art. 397(1)).");
        }

        if (workingDays < 1 || ExtendedWorkingDays + workingDays > maxExtension)
        {
            throw new SuspensionRuleException(
                $"A suspension may be extended by at most {maxExtension} working days in all; {ExtendedWorkingDays} already granted (Art. 397(1)).");
        }

        Until = calendar.AddWorkingDays(Until, workingDays);
        ExtendedWorkingDays += workingDays;
        CompetentAuthorityReference = competentAuthorityReference;
    }

    /// <summary>Art. 399(1)-(3): on expiry (the day after), on the holder's request or when the object leaves the register.</summary>
    public void Lift(LiftReason reason, DateOnly on)
    {
        EnsureActive();
        if (reason == LiftReason.Expired && on < LiftsOn)
        {
            throw new SuspensionRuleException($"The suspension runs until {Until:yyyy-MM-dd}; it lifts on {LiftsOn:yyyy-MM-dd} (Art. 399(1)).");
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
            throw new SuspensionRuleException("The goods are already seized.");
        }

        CourtDecisionReference = decisionReference;
        if (counterfeit)
        {
            Status = SuspensionStatus.Seized;
            EndedOn = on;
            return;
        }

        HolderLiableForDamage = true;
        if (Status == SuspensionStatus.Active)
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
            throw new SuspensionRuleException($"The suspension is {Status.ToString().ToLowerInvariant()}, not active.");
        }
    }
}
