using Customs.Declarations.Contracts;
using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Tests;

public sealed class DeclarationLifecycleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendars.Default.Russia;

    // Friday 8 May 2026, 10:00 Moscow time.
    private static readonly DateTimeOffset Friday = new(2026, 5, 8, 7, 0, 0, TimeSpan.Zero);

    private static Declaration Filed(params DeclaredGoodsItem[] items)
    {
        var draft = Drafts.Luggage(MovementDirection.Import, items.Length == 0 ? [Drafts.Item()] : items);
        return Declaration.File(Guid.NewGuid(), draft, "terminal-7", Friday, Drafts.Rules().Assess(draft, Drafts.Today));
    }

    private static Declaration Registered(params DeclaredGoodsItem[] items)
    {
        var declaration = Filed(items);
        declaration.Register("officer-1", Friday, "10005020/080526/0000001", Calendar,
            Drafts.Rules().Assess(declaration.Content, declaration.OfficeDateAt(Friday)));
        return declaration;
    }

    private static Declaration Screened(params DeclaredGoodsItem[] items) => Registered(items).ScreenedClear(Friday).GreenAndPaid();

    [Fact]
    public void Acceptance_fixes_the_date_and_the_check_is_due_within_3_working_days_skipping_the_May_holidays()
    {
        var declaration = Registered();

        // 9 May (Victory Day) falls on Saturday and moves to Monday 11 May: Tue 12, Wed 13, Thu 14.
        Assert.Equal(new DateOnly(2026, 5, 8), declaration.AcceptanceDate);
        Assert.Equal(new DateOnly(2026, 5, 14), declaration.ControlDeadline);
        Assert.Equal(DeclarationStatus.UnderControl, declaration.Status);
    }

    [Theory]
    // Art. 359(1): "within three working days from the date of receipt ... of the customs declaration, the accompanying
    // documents, and presentation of goods". Filed Mon 2 March 2026 with the goods presented that day, accepted Wed 4 March:
    // the days run from 2 March (3, 4, 5 March), not from acceptance.
    [InlineData("2026-03-02", "2026-03-04", "2026-03-05")]
    // Filed Mon 2 March, goods presented Wed 4 March, accepted Thu 5 March: from 4 March; Mon 9 March is the day off for
    // Sun 8 March (Art. 112(2)), so 5, 6 and 10 March.
    [InlineData("2026-03-04", "2026-03-05", "2026-03-10")]
    public void The_check_runs_three_working_days_from_the_last_of_filing_and_presentation_not_from_acceptance(
        string presented, string accepted, string due)
    {
        var filedAt = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]) with { PresentationDate = DateOnly.Parse(presented) };
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", filedAt, null);

        declaration.Register("officer-1", new DateTimeOffset(DateOnly.Parse(accepted).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero),
            "10005020/050326/0000001", Calendar, null);

        Assert.Equal(DateOnly.Parse(presented), declaration.ControlTermStartsOn);
        Assert.Equal(DateOnly.Parse(due), declaration.ControlDeadline);
    }

    [Fact]
    public void A_check_deadline_that_crosses_into_a_year_without_its_calendar_decree_is_provisional()
    {
        // Accepted Wed 30 Dec 2026 (Moscow): 31 Dec is a day off (Decree No. 1466 of 24.09.2025) and 1-8 January 2027 are
        // holidays (Labour Code Art. 112(1)); the decree for 2027 is not loaded, so the 3 working days (11, 12, 13 Jan)
        // are counted from the statute alone and the deadline says so.
        var at = new DateTimeOffset(2026, 12, 30, 7, 0, 0, TimeSpan.Zero);
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]);
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", at, null);

        declaration.Register("officer-1", at, "10005020/301226/0000001", Calendar, null);

        Assert.Equal(new DateOnly(2027, 1, 13), declaration.ControlDeadline);
        Assert.True(declaration.ControlDeadlineProvisional);
        Assert.Contains("provisional", declaration.History[^1].Note);
        Assert.False(Registered().ControlDeadlineProvisional);
    }

    [Fact]
    public void Every_transition_records_who_when_and_the_legal_basis()
    {
        var declaration = Screened();
        declaration.Release("officer-2", Friday.AddHours(2));

        Assert.Equal(
            [(DeclarationStatus.Filed, "terminal-7"), (DeclarationStatus.Registered, "officer-1"),
             (DeclarationStatus.UnderControl, "officer-1"), (DeclarationStatus.Released, "officer-2")],
            declaration.History.Select(h => (h.To, h.Actor)));
        Assert.Contains("325", declaration.History[1].LegalBasis);
        Assert.Equal(Friday.AddHours(2), declaration.History[3].At);
    }

    [Fact]
    public void A_check_not_finished_by_the_deadline_is_overdue_the_next_day() =>
        Assert.Equal((false, true), (Registered().IsOverdue(new DateOnly(2026, 5, 14)), Registered().IsOverdue(new DateOnly(2026, 5, 15))));

    [Fact]
    public void Released_goods_cannot_be_withdrawn()
    {
        var declaration = Screened();
        declaration.Release("officer-2", Friday);

        Assert.Throws<DeclarationRuleException>(() => declaration.Withdraw("terminal-7", Friday, null));
    }

    [Fact]
    public void A_filed_declaration_can_be_withdrawn_by_the_declarant_under_Art_356()
    {
        var declaration = Filed();
        declaration.Withdraw("terminal-7", Friday, "filed twice");

        Assert.Equal(DeclarationStatus.Withdrawn, declaration.Status);
        Assert.Contains("356(1)[2]", declaration.History[^1].LegalBasis);
    }

    [Fact]
    public void Goods_needing_a_permit_cannot_be_released_without_its_reference()
    {
        var declaration = Screened(Drafts.Item("9303201000"));

        var error = Assert.Throws<DeclarationRuleException>(() => declaration.Release("officer-2", Friday));

        Assert.Contains(nameof(DocumentKind.WeaponsPermit), error.Message);
    }

    [Fact]
    public void A_suspended_release_is_refused_when_the_goods_are_seized_and_back_under_control_when_lifted()
    {
        var seized = Registered();
        seized.SuspendRelease("ipregister", Friday, LegalBasis.SuspensionIp, "entry 1");
        seized.Seize("ipregister", Friday, "court 2-118/2026");
        var lifted = Registered();
        lifted.SuspendRelease("ipregister", Friday, LegalBasis.SuspensionIp, "entry 1");
        lifted.LiftSuspension("ipregister", Friday, "Expired");

        Assert.Equal((DeclarationStatus.Refused, DeclarationStatus.UnderControl), (seized.Status, lifted.Status));
    }

    [Fact]
    public void Goods_under_suspension_cannot_be_released()
    {
        var declaration = Screened();
        declaration.SuspendRelease("ipregister", Friday, LegalBasis.SuspensionIp, "entry 1");

        Assert.Throws<DeclarationRuleException>(() => declaration.Release("officer-2", Friday));
    }

    [Fact]
    public void Quantity_established_by_customs_keeps_the_declared_figure_beside_it()
    {
        var declaration = Registered(Drafts.Item(quantity: 10));

        declaration.EstablishQuantity("officer-3", Friday, 1, 12, ControlForm.Examination);

        var established = declaration.EstablishedQuantities[1];
        Assert.Equal((10m, 12m), (established.Declared, established.Established));
        Assert.Equal(10m, declaration.Content.Items[0].Quantity);
        Assert.Contains("372(5)", declaration.History[^1].LegalBasis);
    }

    [Fact]
    public void Customs_establishes_a_quantity_only_when_it_differs_from_the_declared_one() =>
        Assert.Throws<DeclarationRuleException>(() => Registered(Drafts.Item(quantity: 10)).EstablishQuantity("officer-3", Friday, 1, 10, ControlForm.Inspection));

    [Fact]
    public void A_quantity_can_be_established_only_for_an_item_of_the_declaration() =>
        Assert.Throws<DeclarationRuleException>(() => Registered().EstablishQuantity("officer-3", Friday, 2, 10, ControlForm.Inspection));

    [Fact]
    public void A_filed_declaration_can_be_voided_but_not_a_released_one()
    {
        var filed = Filed();
        filed.MarkVoid("officer-1", Friday, "submitted by a person without authority");
        var released = Screened();
        released.Release("officer-2", Friday);

        Assert.Equal(DeclarationStatus.Void, filed.Status);
        Assert.Contains("356(1)[1]", filed.History[^1].LegalBasis);
        Assert.Throws<DeclarationRuleException>(() => released.MarkVoid("officer-1", Friday, "late"));
    }

    [Fact]
    public void A_declaration_with_goods_the_memo_refuses_cannot_be_accepted()
    {
        var declaration = Filed(Drafts.Item("7102310000"));

        Assert.Throws<DeclarationRuleException>(() => declaration.Register("officer-1", Friday, "n", Calendar,
            Drafts.Rules().Assess(declaration.Content, Drafts.Today)));
    }

    [Fact]
    public void A_registered_declaration_cannot_be_registered_again() =>
        Assert.Throws<DeclarationRuleException>(() => Registered().Register("officer-1", Friday, "n", Calendar, null));
}
