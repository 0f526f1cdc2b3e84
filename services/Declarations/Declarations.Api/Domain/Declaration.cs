using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Domain;

/// <summary>
/// A customs declaration and its lifecycle: Filed → Registered → UnderControl → Released, or ReleaseSuspended (Art. 397)
/// → Released | Refused; Withdrawn (Art. 356(1)[2]); Void (Art. 356(1)[1]). Every transition is recorded.
/// </summary>
public sealed partial class Declaration
{
    // Art. 359(1): the declaration and goods are checked within 3 working days of their receipt (ControlTermStartsOn).
    public const int ControlTermWorkingDays = 3;

    /// <summary>
    /// Art. 359(2) sets no number: the term is extended "by the period that may be required for the person responsible for
    /// said goods to break the consignment". One extension longer than this is refused as a typing error, not as law.
    /// </summary>
    public const int MaxControlTermExtensionWorkingDays = 60;

    private readonly List<StatusChange> _history = [];
    private readonly Dictionary<int, EstablishedQuantity> _established = [];
    private readonly Dictionary<int, EstablishedCustomsValue> _establishedValues = [];
    private readonly List<KeptSample> _keptSamples = [];
    private readonly List<ReleaseSuspension> _suspensions = [];
    private readonly List<ItemIpScreening> _ipScreenings = [];
    private readonly List<ControlTermExtension> _controlTermExtensions = [];

    public required Guid Id { get; init; }
    public required DeclarationDraft Content { get; init; }
    public required string FiledBy { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    public DeclarationStatus Status { get; private set; }

    /// <summary>The version last read from or written to the store; officers' actions name it (optimistic concurrency).</summary>
    public int Version { get; private set; }
    public string? RegistrationNumber { get; private set; }
    public DateOnly? AcceptanceDate { get; private set; }
    public DateTimeOffset? RegisteredAt { get; private set; }
    public DateOnly? ControlDeadline { get; private set; }

    /// <summary>The deadline crosses a year whose official calendar act is not loaded (statutory holidays alone).</summary>
    public bool ControlDeadlineProvisional { get; private set; }
    public PersonalUseAssessment? Assessment { get; private set; }

    /// <summary>Art. 359(2): the extensions of the term of the goods inspection, in the order decided.</summary>
    public IReadOnlyList<ControlTermExtension> ControlTermExtensions => _controlTermExtensions;

    /// <summary>The working days of the check: Art. 359(1)'s three and every Art. 359(2) extension.</summary>
    public int ControlTermTotalWorkingDays => ControlTermWorkingDays + _controlTermExtensions.Sum(e => e.WorkingDays);
    public IReadOnlyList<StatusChange> History => _history;
    public IReadOnlyDictionary<int, EstablishedQuantity> EstablishedQuantities => _established;

    /// <summary>Art. 323(7): the customs values customs determined, per item.</summary>
    public IReadOnlyDictionary<int, EstablishedCustomsValue> EstablishedValues => _establishedValues;

    /// <summary>Art. 383(4): the samples customs took and kept.</summary>
    public IReadOnlyList<KeptSample> KeptSamples => _keptSamples;

    /// <summary>The IP register's suspensions of this declaration, as its events announced them (kept by the suspension store).</summary>
    public IReadOnlyList<ReleaseSuspension> Suspensions => _suspensions;

    /// <summary>The IP register's outcome per goods item (Arts. 397, 400), once it screened them (kept by the screening store).</summary>
    public IReadOnlyList<ItemIpScreening> IpScreenings => _ipScreenings;

    /// <summary>What Examination and Payments said that release depends on (kept by the release-conditions store).</summary>
    public ReleaseInputs ReleaseInputs { get; private set; } = ReleaseInputs.None;

    /// <summary>Takes the release conditions as the store holds them (the consumers write the store, not the declaration).</summary>
    public void UseReleaseInputs(ReleaseInputs inputs) => ReleaseInputs = inputs;

    /// <summary>How many history entries the store already holds; the rest are new.</summary>
    public int StoredHistoryCount { get; private set; }

    /// <summary>
    /// The calendar day at the declaration's customs office (its own time zone, <see cref="OfficeTimeZones"/>): acceptance,
    /// the rate date and every deadline count from it, not from Moscow's day.
    /// </summary>
    public DateOnly OfficeDateAt(DateTimeOffset instant) => OfficeTimeZones.Default.DateAt(Content.CustomsOfficeCode, instant);

    public static Declaration File(Guid id, DeclarationDraft content, string filedBy, DateTimeOffset now, PersonalUseAssessment? assessment)
    {
        var declaration = new Declaration { Id = id, Content = content, FiledBy = filedBy, FiledAt = now, Assessment = assessment };
        declaration.Move(DeclarationStatus.Filed, filedBy, now, LegalBasis.Filing, null);
        return declaration;
    }

    /// <summary>Rebuilds a stored declaration.</summary>
    public static Declaration Restore(StoredDeclarationState state)
    {
        var declaration = new Declaration
        {
            Id = state.Id, Content = state.Content, FiledBy = state.FiledBy, FiledAt = state.FiledAt,
            Status = state.Status, Version = state.Version, RegistrationNumber = state.RegistrationNumber,
            AcceptanceDate = state.AcceptanceDate, RegisteredAt = state.RegisteredAt, ControlDeadline = state.ControlDeadline,
            ControlDeadlineProvisional = state.ControlDeadlineProvisional,
            Assessment = state.Assessment, ReleaseInputs = state.ReleaseInputs,
        };
        declaration._history.AddRange(state.History.OrderBy(h => h.Sequence));
        foreach (var q in state.EstablishedQuantities)
        {
            declaration._established[q.ItemNumber] = q;
        }

        foreach (var v in state.EstablishedValues)
        {
            declaration._establishedValues[v.ItemNumber] = v;
        }

        declaration._keptSamples.AddRange(state.KeptSamples);
        declaration._suspensions.AddRange(state.Suspensions);
        declaration._ipScreenings.AddRange(state.IpScreenings);
        declaration._controlTermExtensions.AddRange(state.ControlTermExtensions);
        declaration.StoredHistoryCount = declaration._history.Count;
        return declaration;
    }

    /// <summary>
    /// Art. 359(1): the check runs "within three working days from the date of receipt by the customs office concerned of
    /// the customs declaration, the accompanying documents, and presentation of goods": from the last of the three, not from
    /// acceptance. The documents come with the filing, so the day of filing (at the office) stands for both.
    /// </summary>
    public DateOnly ControlTermStartsOn
    {
        get
        {
            var received = OfficeDateAt(FiledAt);
            return Content.PresentationDate is { } presented && presented > received ? presented : received;
        }
    }

    /// <summary>Acceptance (Arts. 325–326): the acceptance date fixes the rules; the goods are then under control (Art. 360).</summary>
    public void Register(string officer, DateTimeOffset now, string registrationNumber, WorkingCalendar calendar, PersonalUseAssessment? assessment)
    {
        Require("register", DeclarationStatus.Filed);
        if (assessment?.Refusals.FirstOrDefault() is { } refusal)
        {
            throw new DeclarationRuleException(DeclarationErrors.PersonalUseRuleRefused,
                $"Cannot accept: item {refusal.ItemNumber}: {refusal.Rule}", refusal.Rule);
        }

        RegistrationNumber = registrationNumber;
        AcceptanceDate = OfficeDateAt(now);
        RegisteredAt = now;
        var term = calendar.Term(ControlTermStartsOn, ControlTermWorkingDays);
        ControlDeadline = term.End;
        ControlDeadlineProvisional = term.IsProvisional;
        Assessment = assessment;
        Move(DeclarationStatus.Registered, officer, now, LegalBasis.Acceptance, registrationNumber);
        var provisional = term.IsProvisional ? $" (provisional: no calendar act loaded for {string.Join(", ", term.ProvisionalYears)})" : "";
        Move(DeclarationStatus.UnderControl, officer, now, LegalBasis.CustomsControl, $"check due by {ControlDeadline:yyyy-MM-dd}{provisional}");
    }

    /// <summary>
    /// A provisional deadline counted again with the calendar now loaded (a year's act arrived): Art. 359(1)'s three
    /// working days from <see cref="ControlTermStartsOn"/>, the same count as at acceptance. True when the date or the
    /// flag changed; the change is in the history with the old date.
    /// </summary>
    public bool RecountControlDeadline(WorkingCalendar calendar, string actor, DateTimeOffset now)
    {
        if (!ControlDeadlineProvisional || ControlDeadline is not { } old)
        {
            return false;
        }

        var term = calendar.Term(ControlTermStartsOn, ControlTermTotalWorkingDays);
        if (term.End == old && term.IsProvisional)
        {
            return false;
        }

        ControlDeadline = term.End;
        ControlDeadlineProvisional = term.IsProvisional;
        var still = term.IsProvisional ? $", still provisional: no calendar act loaded for {string.Join(", ", term.ProvisionalYears)}" : "";
        Move(Status, actor, now, LegalBasis.CustomsControl,
            $"check due by {term.End:yyyy-MM-dd} (was {old:yyyy-MM-dd}, provisional), counted again with calendar data {calendar.DataVersion}{still}");
        return true;
    }

    /// <summary>
    /// Art. 359(2): "The customs authorities have the right to extend the time terms of goods inspection" when the
    /// consignment is not divided into lots by category or its packing and marking are not stated in the documents, and
    /// the circumstances prevent the officers from checking the goods, "by the period that may be required for the person
    /// responsible for said goods to break the consignment into separate categories". Customs decides (an officer), not
    /// on anyone's request; only a term still running can be extended, and each extension counts on from the last day.
    /// </summary>
    public ControlTermExtension ExtendControlTerm(
        Guid extensionId, string officer, DateTimeOffset now, DateOnly today, ControlTermExtensionGround ground, int workingDays, string circumstances,
        WorkingCalendar calendar)
    {
        Require("extend the check of", DeclarationStatus.UnderControl);
        if (ground == ControlTermExtensionGround.Unspecified || string.IsNullOrWhiteSpace(circumstances))
        {
            throw new ArgumentException("Art. 359(2) needs one of its grounds and the circumstances that prevent the check.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxControlTermExtensionWorkingDays);
        if (ControlDeadline is { } deadline && today > deadline)
        {
            throw new DeclarationRuleException(DeclarationErrors.ControlTermEnded,
                $"The check was due by {deadline:yyyy-MM-dd}; a term that has run out cannot be extended.", LegalBasis.ControlTermExtended);
        }

        var term = calendar.Term(ControlTermStartsOn, ControlTermTotalWorkingDays + workingDays);
        var extension = new ControlTermExtension(today, officer, ground, workingDays, circumstances, term.End, extensionId);
        _controlTermExtensions.Add(extension);
        ControlDeadline = term.End;
        ControlDeadlineProvisional = term.IsProvisional;
        var provisional = term.IsProvisional ? $" (provisional: no calendar act loaded for {string.Join(", ", term.ProvisionalYears)})" : "";
        Move(Status, officer, now, LegalBasis.ControlTermExtended,
            $"check extended by {workingDays} working days ({EnumCodes.Of(ground)}: {circumstances}); due by {term.End:yyyy-MM-dd}{provisional}");
        return extension;
    }

    /// <summary>Whether the extension of this id is recorded already (it is applied once, however often it arrives).</summary>
    public bool HasControlTermExtension(Guid extensionId) => _controlTermExtensions.Any(e => e.Id == extensionId);

    public void Withdraw(string declarant, DateTimeOffset now, string? reason)
    {
        Require("withdraw", DeclarationStatus.Filed, DeclarationStatus.Registered, DeclarationStatus.UnderControl);
        Move(DeclarationStatus.Withdrawn, declarant, now, LegalBasis.Withdrawal, reason);
    }

    public void MarkVoid(string officer, DateTimeOffset now, string reason)
    {
        Require("void", DeclarationStatus.Filed, DeclarationStatus.Registered, DeclarationStatus.UnderControl);
        Move(DeclarationStatus.Void, officer, now, LegalBasis.Voided, reason);
    }

    /// <param name="presented">Documents presented at release for items that need a permit (memo, last section).</param>
    public void Release(string officer, DateTimeOffset now, IReadOnlyList<PresentedDocument>? presented = null)
    {
        Require("release the goods of", DeclarationStatus.UnderControl);
        if (ReleaseGate.WhyReleaseWaits(this, byOfficer: true) is { } wait)
        {
            throw wait;
        }

        presented ??= [];
        if (presented.FirstOrDefault(p => Content.Items.All(i => i.Number != p.ItemNumber)) is { } stray)
        {
            throw new DeclarationRuleException(DeclarationErrors.NoSuchGoodsItem, $"The declaration has no goods item {stray.ItemNumber}.");
        }

        var missing = (Assessment?.MissingPermits ?? []).Where(m => !presented.Any(p => p.Covers(m))).ToList();
        if (missing.Count > 0)
        {
            throw new DeclarationRuleException(DeclarationErrors.PermitNotPresented, "Cannot release without the documents: "
                + string.Join("; ", missing.Select(m => $"item {m.ItemNumber}: {m.Document} for {m.Category}")), LegalBasis.PermitsAtRelease);
        }

        var note = presented.Count == 0 ? null
            : "presented: " + string.Join("; ", presented.Select(p => $"item {p.ItemNumber} {p.Document.Kind} {p.Document.Reference}"));
        Move(DeclarationStatus.Released, officer, now, LegalBasis.Release, note);
    }

    /// <summary>
    /// Releases the goods when every condition of <see cref="ReleaseGate"/> holds without an officer; false (nothing
    /// changed) when the declaration is not under control or a condition does not hold yet.
    /// </summary>
    public bool ReleaseAutomatically(string actor, DateTimeOffset now)
    {
        if (Status != DeclarationStatus.UnderControl || ReleaseGate.WhyReleaseWaits(this, byOfficer: false) is not null)
        {
            return false;
        }

        Move(DeclarationStatus.Released, actor, now, LegalBasis.AutomaticRelease, null);
        return true;
    }

    public void RefuseRelease(string officer, DateTimeOffset now, string reason, string legalBasis)
    {
        Require("refuse release of", DeclarationStatus.UnderControl, DeclarationStatus.ReleaseSuspended);
        Move(DeclarationStatus.Refused, officer, now, legalBasis, reason);
    }

    /// <summary>Arts. 371(3), 372(5): customs determines the quantity; the declared figure is kept beside it.</summary>
    public EstablishedQuantity EstablishQuantity(string officer, DateTimeOffset now, int itemNumber, decimal quantity, ControlForm form)
    {
        Require("establish a quantity of", DeclarationStatus.UnderControl, DeclarationStatus.ReleaseSuspended);
        var item = Content.Items.FirstOrDefault(i => i.Number == itemNumber)
            ?? throw new DeclarationRuleException(DeclarationErrors.NoSuchGoodsItem, $"The declaration has no goods item {itemNumber}.");
        if (quantity == item.Quantity && !_established.ContainsKey(itemNumber))
        {
            // Customs determines the quantity only when it does not tally with the declaration.
            throw new DeclarationRuleException(DeclarationErrors.QuantityAsDeclared,
                $"Item {itemNumber}: {quantity} {item.Unit} is the declared quantity; there is nothing to establish.",
                form == ControlForm.Examination ? LegalBasis.QuantityByExamination : LegalBasis.QuantityByInspection);
        }

        var established = new EstablishedQuantity(itemNumber, item.Quantity, quantity, item.Unit, form, officer, now);
        _established[itemNumber] = established;
        var basis = form == ControlForm.Examination ? LegalBasis.QuantityByExamination : LegalBasis.QuantityByInspection;
        Move(Status, officer, now, basis, $"item {itemNumber}: declared {item.Quantity} {item.Unit}, established {quantity} {item.Unit}");
        return established;
    }

    /// <summary>
    /// Art. 323(7): customs determines the customs value itself; the declared figure is kept beside it. Also after release: "in
    /// the instance when the customs office has determined the goods customs value following the goods release".
    /// </summary>
    public EstablishedCustomsValue EstablishCustomsValue(
        string officer, DateTimeOffset now, int itemNumber, decimal value, string currency, int valuationMethod, string decisionReference)
    {
        Require("establish a customs value of", DeclarationStatus.UnderControl, DeclarationStatus.ReleaseSuspended, DeclarationStatus.Released);
        RequireItem(itemNumber);
        var established = new EstablishedCustomsValue(itemNumber, value, currency, valuationMethod, decisionReference, officer, now);
        _establishedValues[itemNumber] = established;
        Move(Status, officer, now, LegalBasis.CustomsValueByCustoms,
            $"item {itemNumber}: customs value {value} {currency} (method {valuationMethod}, {decisionReference})");
        return established;
    }

    /// <summary>
    /// Art. 383(4): "A declarant has the right to reduce the customs value of the declared goods by the customs value of the taken
    /// samples and specimens in case said samples and specimens were seized by the customs office and not returned". Once per
    /// sample: false when it is recorded already.
    /// </summary>
    public bool KeepSample(KeptSample sample)
    {
        Require("reduce the customs value of", DeclarationStatus.UnderControl, DeclarationStatus.ReleaseSuspended, DeclarationStatus.Released);
        RequireItem(sample.ItemNumber);
        if (_keptSamples.Any(s => s.AnalysisId == sample.AnalysisId && s.SampleNumber == sample.SampleNumber))
        {
            return false;
        }

        _keptSamples.Add(sample);
        Move(Status, sample.Actor, sample.At, LegalBasis.KeptSample,
            $"item {sample.ItemNumber}: sample {sample.SampleNumber} of analysis {sample.AnalysisId} kept, {sample.ValueRub} RUB");
        return true;
    }

    /// <summary>Art. 383(4): the value in roubles of the samples of an item customs kept.</summary>
    public decimal KeptSamplesValueRub(int itemNumber) => _keptSamples.Where(s => s.ItemNumber == itemNumber).Sum(s => s.ValueRub);

    /// <summary>Art. 359(1): the check is overdue after the third working day from acceptance.</summary>
    public bool IsOverdue(DateOnly today) =>
        Status is DeclarationStatus.Registered or DeclarationStatus.UnderControl && ControlDeadline < today;

    /// <summary>Called by the store after a successful write.</summary>
    public void MarkStored(int version)
    {
        Version = version;
        StoredHistoryCount = _history.Count;
    }

    private DeclaredGoodsItem RequireItem(int itemNumber) => Content.Items.FirstOrDefault(i => i.Number == itemNumber)
        ?? throw new DeclarationRuleException(DeclarationErrors.NoSuchGoodsItem, $"The declaration has no goods item {itemNumber}.");

    private void Require(string action, params DeclarationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DeclarationRuleException(DeclarationErrors.StatusForbids(allowed),
                $"Cannot {action} a declaration that is {EnumCodes.Of(Status)}.");
        }
    }

    private void Move(DeclarationStatus to, string actor, DateTimeOffset at, string legalBasis, string? note)
    {
        _history.Add(new StatusChange(_history.Count + 1, Status, to, actor, at, legalBasis, note));
        Status = to;
    }
}
