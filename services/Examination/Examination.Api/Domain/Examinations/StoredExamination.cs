namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>An examination as the store keeps it.</summary>
public sealed record StoredExamination(
    Guid Id, Guid DeclarationId, string RegistrationNumber, string OfficeCode, ExaminationKind Kind, IReadOnlyList<string> Officers, DateOnly OpenedOn,
    DateOnly BaseDueOn, ExaminationStatus Status, DateOnly DueOn, bool DueOnProvisional, IReadOnlyList<ItemFinding> Findings,
    IReadOnlyList<TermExtension> Extensions, IReadOnlyList<Person> Attendees, AbsenceReason AbsenceReason, IReadOnlyList<Person> Witnesses,
    string? Results, DateTimeOffset? CompletedAt, string? CompletedBy, int Version)
{
    /// <summary>Why it ended without a record (Art. 356(1)); null unless <see cref="Status"/> is ended.</summary>
    public string? EndedReason { get; init; }
}
