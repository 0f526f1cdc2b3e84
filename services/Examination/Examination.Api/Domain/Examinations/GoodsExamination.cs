using Customs.BuildingBlocks.Calendar;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>
/// An inspection (Art. 371) or examination (Art. 372) of a declaration's goods: open until its record is completed, due by
/// the Art. 359 term; its state changes only through its methods, and a completed one does not change at all.
/// </summary>
public sealed class GoodsExamination
{
    private readonly List<ItemFinding> _findings = [];
    private readonly List<TermExtension> _extensions = [];

    public required Guid Id { get; init; }
    public required Guid DeclarationId { get; init; }
    public required string RegistrationNumber { get; init; }
    public required string OfficeCode { get; init; }
    public required ExaminationKind Kind { get; init; }
    public required IReadOnlyList<string> Officers { get; init; }
    public required DateOnly OpenedOn { get; init; }
    public required DateOnly BaseDueOn { get; init; }
    public ExaminationStatus Status { get; private set; } = ExaminationStatus.Open;
    public DateOnly DueOn { get; private set; }
    public bool DueOnProvisional { get; private set; }
    public IReadOnlyList<ItemFinding> Findings => _findings;
    public IReadOnlyList<TermExtension> Extensions => _extensions;
    public IReadOnlyList<Person> Attendees { get; private set; } = [];
    public AbsenceReason AbsenceReason { get; private set; }
    public IReadOnlyList<Person> Witnesses { get; private set; } = [];
    public string? Results { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    public string? EndedReason { get; private set; }
    public int Version { get; private set; } = 1;

    public bool FoundDiscrepancy => _findings.Any(f => f.HasDiscrepancy);

    public bool IsOverdue(DateOnly officeToday) => Status == ExaminationStatus.Open && DueOn < officeToday;

    public static GoodsExamination Open(
        Guid id, Guid declarationId, string registrationNumber, string officeCode, ExaminationKind kind, IReadOnlyList<string> officers,
        DateOnly openedOn, DateOnly controlDeadline) =>
        new()
        {
            Id = id, DeclarationId = declarationId, RegistrationNumber = registrationNumber, OfficeCode = officeCode, Kind = kind, Officers = officers,
            OpenedOn = openedOn, BaseDueOn = controlDeadline, DueOn = controlDeadline,
        };

    /// <summary>Rebuilds a stored examination.</summary>
    public static GoodsExamination Restore(StoredExamination s)
    {
        var e = Open(s.Id, s.DeclarationId, s.RegistrationNumber, s.OfficeCode, s.Kind, s.Officers, s.OpenedOn, s.BaseDueOn);
        e._findings.AddRange(s.Findings);
        e._extensions.AddRange(s.Extensions);
        (e.Status, e.DueOn, e.DueOnProvisional, e.Attendees, e.AbsenceReason, e.Witnesses, e.Results, e.CompletedAt, e.CompletedBy, e.Version) =
            (s.Status, s.DueOn, s.DueOnProvisional, s.Attendees, s.AbsenceReason, s.Witnesses, s.Results, s.CompletedAt, s.CompletedBy, s.Version);
        e.EndedReason = s.EndedReason;
        return e;
    }

    /// <summary>
    /// Records (or replaces) the finding of an item. Art. 372(4): the result of examining part of the goods entered under one
    /// name applies to all goods of that name in the declaration, unless the declarant demands an additional examination of the rest.
    /// </summary>
    public ItemFinding RecordFinding(
        IReadOnlyList<ItemFacts> items, int itemNumber, decimal? quantityFound, decimal? examinedQuantity, string description, string marks,
        IReadOnlyList<string> discrepancies, bool additionalExaminationDemanded)
    {
        RequireOpen("record a finding of");
        var item = items.FirstOrDefault(i => i.Number == itemNumber)
            ?? throw new RuleViolationException(ExaminationErrors.ItemNotInDeclaration, $"The declaration has no goods item {itemNumber}.");
        if (examinedQuantity > item.Quantity)
        {
            throw new RequestValidationException([new("finding.examined_quantity", "cannot exceed the declared quantity")]);
        }

        IReadOnlyList<int> sameName = additionalExaminationDemanded
            ? [itemNumber]
            : items.Where(i => string.Equals(i.Description.Trim(), item.Description.Trim(), StringComparison.OrdinalIgnoreCase)).Select(i => i.Number).Order().ToList();
        var finding = new ItemFinding(itemNumber, item.Quantity, item.Unit, quantityFound, examinedQuantity, description, marks, discrepancies,
            additionalExaminationDemanded, sameName);
        _findings.RemoveAll(f => f.ItemNumber == itemNumber);
        _findings.Add(finding);
        _findings.Sort((a, b) => a.ItemNumber.CompareTo(b.ItemNumber));
        return finding;
    }

    /// <summary>
    /// Opens an examination on the declaration's Art. 359(1) term with the extensions decided before it was opened (359(2): one
    /// term, however many examinations): due by the term counted on with all of them.
    /// </summary>
    public static GoodsExamination Open(
        Guid id, Guid declarationId, string registrationNumber, string officeCode, ExaminationKind kind, IReadOnlyList<string> officers,
        DateOnly openedOn, DateOnly controlDeadline, IReadOnlyList<TermExtension> earlier, WorkingCalendar calendar)
    {
        var e = Open(id, declarationId, registrationNumber, officeCode, kind, officers, openedOn, controlDeadline);
        e._extensions.AddRange(earlier);
        e.Recount(calendar);
        return e;
    }

    /// <summary>Art. 359(2): extended on one of its grounds, while the term runs, on the office's calendar.</summary>
    public TermExtension Extend(
        Guid extensionId, ExtensionGround ground, int workingDays, string circumstances, string officer, DateTimeOffset at, DateOnly officeToday, WorkingCalendar calendar)
    {
        RequireOpen("extend");
        if (officeToday > DueOn)
        {
            throw new RuleViolationException(ExaminationErrors.TermEnded,
                $"The term ended on {DueOn:yyyy-MM-dd}; an ended term cannot be extended.", "Art. 359(2)");
        }

        var extension = new TermExtension(ground, workingDays, circumstances, officer, at, extensionId, ExtensionDecidedIn.Examination);
        _extensions.Add(extension);
        Recount(calendar);
        return extension;
    }

    /// <summary>
    /// Art. 359(2) extends the one term of the declaration: an extension the Declarations service's officers decided moves this
    /// open examination's last day by the same working days. False (nothing changed) when it is here already (same id) or the
    /// record is completed (372(6): a completed record does not change).
    /// </summary>
    public bool Follow(TermExtension extension, WorkingCalendar calendar)
    {
        if (Status != ExaminationStatus.Open || _extensions.Any(x => x.Id == extension.Id))
        {
            return false;
        }

        _extensions.Add(extension);
        Recount(calendar);
        return true;
    }

    // Counting on from the last day is the same as counting all the days from the start (working days after a day).
    private void Recount(WorkingCalendar calendar)
    {
        var term = calendar.Term(BaseDueOn, _extensions.Sum(x => x.WorkingDays));
        (DueOn, DueOnProvisional) = (term.End, term.IsProvisional);
    }

    /// <summary>
    /// Completes the record (Arts. 371(4), 372(6)): who attended or why not. An examination without the declarant is allowed
    /// only in the cases of 372(3), before witnesses; an inspection also in a customs control zone (371(2)).
    /// </summary>
    public void Complete(IReadOnlyList<Person> attendees, AbsenceReason absence, IReadOnlyList<Person> witnesses, string results, string officer, DateTimeOffset at)
    {
        RequireOpen("complete");
        var violations = new List<FieldViolation>();
        if (attendees.Count == 0 && absence == AbsenceReason.Unspecified)
        {
            violations.Add(new("absence_reason", "is required when nobody attended: a case of Art. 372(3) (or 371(2) for an inspection)"));
        }

        if (attendees.Count > 0 && absence != AbsenceReason.Unspecified)
        {
            violations.Add(new("absence_reason", "is for a record made in the declarant's absence; attendees were named"));
        }

        if (absence == AbsenceReason.ControlZoneInspection && Kind != ExaminationKind.Inspection)
        {
            violations.Add(new("absence_reason", "Art. 371(2) allows only an inspection without the declarant in a control zone; an examination needs a case of 372(3)"));
        }

        if (Kind == ExaminationKind.Examination && absence != AbsenceReason.Unspecified && witnesses.Count < 2)
        {
            violations.Add(new("witnesses", "an examination in the declarant's absence is made before witnesses, at least two (Art. 372(3))"));
        }

        if (string.IsNullOrWhiteSpace(results))
        {
            violations.Add(new("results", "is required (Art. 372(6))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        (Attendees, AbsenceReason, Witnesses, Results, CompletedAt, CompletedBy, Status) =
            (attendees, absence, witnesses, results.Trim(), at, officer, ExaminationStatus.Completed);
    }

    /// <summary>
    /// Ends an open examination without a record: the declaration was withdrawn (Art. 356(1)[2]) or regarded as void (356(1)[1]),
    /// so no goods are under its control any more. False (nothing changed) when it is not open: a completed record stays as it
    /// is (372(6)), an ended one keeps its first reason.
    /// </summary>
    public bool End(string reason, string by, DateTimeOffset at)
    {
        if (Status != ExaminationStatus.Open)
        {
            return false;
        }

        (Status, EndedReason, CompletedAt, CompletedBy) = (ExaminationStatus.Ended, reason, at, by);
        return true;
    }

    public void MarkStored(int version) => Version = version;

    private void RequireOpen(string action)
    {
        if (Status != ExaminationStatus.Open)
        {
            throw Status == ExaminationStatus.Ended
                ? new RuleViolationException(ExaminationErrors.ExaminationClosed, $"Cannot {action} examination {Id}: it ended ({EndedReason}).", "Art. 356(1)")
                : new RuleViolationException(ExaminationErrors.ExaminationClosed, $"Cannot {action} examination {Id}: its record is completed.", "Art. 372(6)");
        }
    }
}
