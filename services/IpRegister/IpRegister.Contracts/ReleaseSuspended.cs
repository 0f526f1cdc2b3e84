namespace Customs.IpRegister.Contracts;

/// <summary>
/// Release of goods with signs of infringement is suspended for 10 working days (Art. 397(1)). Under the Russian rules it
/// is published twice for one <see cref="SuspensionId"/>: first when screening finds the signs and holds the release
/// (<see cref="PendingDecision"/> true, <see cref="SuspendedUntil"/> = <see cref="DecideBy"/>), then when the head of the
/// office or the deputy decides in writing to suspend (<see cref="PendingDecision"/> false, the term from the decision).
/// A hold that is declined or lapses ends with <see cref="ReleaseSuspensionLifted"/>. Either way the goods stay unreleased
/// until a lift.
/// </summary>
public sealed record ReleaseSuspended
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required string RightHolderName { get; init; }

    public required string RightHolderAddress { get; init; }

    /// <summary>In what capacity the entry's applicant acted: right-holder, representative, licensee, importer.</summary>
    public required string ApplicantCapacity { get; init; }

    public required DateOnly SuspendedOn { get; init; }

    public required DateOnly SuspendedUntil { get; init; }

    public required string LegalBasis { get; init; }

    /// <summary>The declarant's name and address, told to the holder (Art. 397(2)).</summary>
    public string? DeclarantName { get; init; }

    public string? DeclarantAddress { get; init; }

    /// <summary>Declarant and holder are notified no later than this day (Art. 397(2)).</summary>
    public DateOnly? NotifyPartiesBy { get; init; }

    /// <summary>RU or CN: the rule set of the customs office.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>
    /// True: signs of infringement found, release held until the written decision of the head of the office or the deputy
    /// (Art. 397(1)), due by <see cref="DecideBy"/>. False or absent: the suspension is decided (or needs no decision, GAC Art. 21).
    /// </summary>
    public bool? PendingDecision { get; init; }

    /// <summary>The last day for the head's decision; the hold lapses the day after.</summary>
    public DateOnly? DecideBy { get; init; }

    /// <summary>The day signs of infringement were found.</summary>
    public DateOnly? DetectedOn { get; init; }

    /// <summary>The written decision to suspend: its day, reference and the decider's role (head or deputy_head).</summary>
    public DateOnly? DecidedOn { get; init; }

    public string? DecisionReference { get; init; }

    public string? DecidedByRole { get; init; }
}
