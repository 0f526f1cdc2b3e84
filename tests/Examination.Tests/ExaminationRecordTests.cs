using Customs.BuildingBlocks.Calendar;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

public sealed class ExaminationRecordTests
{
    private static readonly WorkingCalendar Russia = WorkingCalendars.Default.Russia;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<ItemFacts> Items =
    [
        Trousers(1),
        new(2, "Men's cotton trousers", "6203423100", "Acme", "IT", 80, "pcs", 40m, 3200, "EUR"),
        Phones(3),
    ];

    private static GoodsExamination Open(ExaminationKind kind = ExaminationKind.Examination) =>
        GoodsExamination.Open(Guid.NewGuid(), Guid.NewGuid(), "10005020/020326/0000001", "10005020", kind, ["officer-17"], Accepted,
            ControlTerm.Count(WorkingCalendars.Default, "10005020", Accepted, ControlTerm.WorkingDays).End);

    [Fact]
    public void The_term_is_three_working_days_on_the_offices_calendar_and_an_extension_adds_working_days()
    {
        // Accepted Monday 2 March 2026: the 3rd working day is Thursday 5 March. 2 more working days: Friday 6, then
        // Monday 9 March is a holiday (8 March, a Sunday, moves to Monday): Tuesday 10 March.
        var e = Open();
        Assert.Equal(new DateOnly(2026, 3, 5), e.DueOn);

        e.Extend(Guid.NewGuid(), ExtensionGround.ConsignmentNotDividedIntoLots, 2, "one lot of mixed goods", "officer-17", Now, new DateOnly(2026, 3, 5), Russia);

        Assert.Equal(new DateOnly(2026, 3, 10), e.DueOn);
        Assert.False(e.IsOverdue(new DateOnly(2026, 3, 10)));
        Assert.True(e.IsOverdue(new DateOnly(2026, 3, 11)));
    }

    // Art. 359(2): "The customs authorities have the right to extend the time terms of goods inspection": one term of the
    // declaration, whichever service's officers extend it.
    private static TermExtension InDeclarations(int workingDays) =>
        new(ExtensionGround.ConsignmentNotDividedIntoLots, workingDays, "one lot of mixed goods", "officer-2", Now, Guid.NewGuid(), ExtensionDecidedIn.Declarations);

    [Fact]
    public void An_extension_decided_in_declarations_moves_the_open_examination_once_and_adds_to_its_own()
    {
        // Due Thursday 5 March 2026; Declarations extends by 2 working days: Friday 6, Monday 9 March a holiday, so Tuesday 10 March.
        // The examination's own extension of 1 more working day: Wednesday 11 March. The same decision arriving again changes nothing.
        var e = Open();
        var decided = InDeclarations(2);

        Assert.True(e.Follow(decided, Russia));
        Assert.Equal(new DateOnly(2026, 3, 10), e.DueOn);
        e.Extend(Guid.NewGuid(), ExtensionGround.PackingAndMarkingNotStated, 1, "no packing list", "officer-17", Now, new DateOnly(2026, 3, 10), Russia);
        Assert.Equal(new DateOnly(2026, 3, 11), e.DueOn);

        Assert.False(e.Follow(decided with { ExtendedAt = Now.AddHours(1) }, Russia));
        Assert.Equal(new DateOnly(2026, 3, 11), e.DueOn);
        Assert.Equal([ExtensionDecidedIn.Declarations, ExtensionDecidedIn.Examination], e.Extensions.Select(x => x.DecidedIn));
    }

    [Fact]
    public void An_examination_opened_after_an_extension_is_due_by_the_extended_term()
    {
        // Accepted Monday 2 March 2026, due Thursday 5 March; extended by 2 working days before the examination is opened: Tuesday 10 March.
        var extension = InDeclarations(2);
        var e = GoodsExamination.Open(Guid.NewGuid(), Guid.NewGuid(), "10005020/020326/0000001", "10005020", ExaminationKind.Examination, ["officer-17"],
            Accepted, new DateOnly(2026, 3, 5), [extension], Russia);

        Assert.Equal((new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 10)), (e.BaseDueOn, e.DueOn));
        Assert.False(e.Follow(extension, Russia));
    }

    [Fact]
    public void A_completed_record_does_not_follow_a_later_extension()
    {
        var e = Open();
        e.Complete([new Person("Ivan Petrov", "declarant", "passport")], AbsenceReason.Unspecified, [], "as declared", "officer-17", Now);

        Assert.False(e.Follow(InDeclarations(2), Russia));
        Assert.Equal(new DateOnly(2026, 3, 5), e.DueOn);
    }

    [Fact]
    public void An_ended_term_is_not_extended()
    {
        var e = Open();

        var refused = Assert.Throws<RuleViolationException>(() =>
            e.Extend(Guid.NewGuid(), ExtensionGround.PackingAndMarkingNotStated, 1, "no packing list", "officer-17", Now, new DateOnly(2026, 3, 6), Russia));

        Assert.Equal((ExaminationErrors.TermEnded, "Art. 359(2)"), (refused.Reason, refused.LegalBasis));
        Assert.Empty(e.Extensions);
    }

    [Fact]
    public void A_partial_examination_applies_to_every_item_of_the_same_name_unless_more_is_demanded()
    {
        var e = Open();

        var sample = e.RecordFinding(Items, 1, null, 10, "trousers, 40% polyester", "", ["composition differs"], additionalExaminationDemanded: false);
        var demanded = e.RecordFinding(Items, 2, null, 10, "trousers, 40% polyester", "", ["composition differs"], additionalExaminationDemanded: true);

        Assert.Equal([1, 2], sample.AppliesToItems);
        Assert.Equal([2], demanded.AppliesToItems);
    }

    [Fact]
    public void A_quantity_that_does_not_tally_is_a_discrepancy_to_establish()
    {
        var e = Open();

        var fewer = e.RecordFinding(Items, 3, 90, null, "phones", "Xiaomi", [], false);

        Assert.True(fewer.QuantityDiffers);
        Assert.True(e.FoundDiscrepancy);
        Assert.Equal((100m, 90m), (fewer.DeclaredQuantity, fewer.QuantityFound!.Value));
    }

    [Fact]
    public void An_examination_without_the_declarant_needs_a_case_of_372_3_and_two_witnesses()
    {
        var e = Open();

        var noReason = Assert.Throws<RequestValidationException>(() => e.Complete([], AbsenceReason.Unspecified, [], "done", "officer-17", Now));
        var oneWitness = Assert.Throws<RequestValidationException>(() =>
            e.Complete([], AbsenceReason.InternationalMail, [new("A. Petrov", "witness", "passport")], "done", "officer-17", Now));
        var zone = Assert.Throws<RequestValidationException>(() => e.Complete([], AbsenceReason.ControlZoneInspection, [], "done", "officer-17", Now));

        Assert.Equal(["absence_reason"], noReason.Violations.Select(v => v.Field));
        Assert.Equal(["witnesses"], oneWitness.Violations.Select(v => v.Field));
        Assert.Equal(["absence_reason", "witnesses"], zone.Violations.Select(v => v.Field));
        Assert.Equal(ExaminationStatus.Open, e.Status);
    }

    [Fact]
    public void An_inspection_in_a_control_zone_may_go_without_the_declarant_or_witnesses()
    {
        var e = Open(ExaminationKind.Inspection);

        e.Complete([], AbsenceReason.ControlZoneInspection, [], "seals intact", "officer-17", Now);

        Assert.Equal(ExaminationStatus.Completed, e.Status);
    }

    [Fact]
    public void Acting_on_a_completed_record_is_a_failed_precondition_and_changes_nothing()
    {
        var e = Open();
        e.RecordFinding(Items, 3, 90, null, "phones", "", [], false);
        e.Complete([new("I. Ivanov", "declarant", "passport")], AbsenceReason.Unspecified, [], "10 phones missing", "officer-17", Now);

        var finding = Assert.Throws<RuleViolationException>(() => e.RecordFinding(Items, 1, 100, null, "trousers", "", [], false));
        var again = Assert.Throws<RuleViolationException>(() => e.Complete([], AbsenceReason.DidNotAppear, [], "x", "officer-17", Now));
        var extend = Assert.Throws<RuleViolationException>(() =>
            e.Extend(Guid.NewGuid(), ExtensionGround.PackingAndMarkingNotStated, 1, "x", "officer-17", Now, Accepted, Russia));

        Assert.All(new[] { finding, again, extend }, x => Assert.Equal(ExaminationErrors.ExaminationClosed, x.Reason));
        Assert.Single(e.Findings);
        Assert.Equal("10 phones missing", e.Results);
    }

    [Fact]
    public void A_finding_for_an_item_the_declaration_lacks_is_refused()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Open().RecordFinding(Items, 9, 1, null, "x", "", [], false));

        Assert.Equal(ExaminationErrors.ItemNotInDeclaration, refused.Reason);
    }
}
