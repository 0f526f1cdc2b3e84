using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Art. 359(2): "The customs authorities have the right to extend the time terms of goods inspection in case the
/// consignment of said goods is not divided into separate packing lots based on the goods categories and/or
/// descriptions, and/or in case the information explicating the goods packing and marking is not stated in commercial
/// and/or shipment documents ... The time terms of the goods inspection may be extended by the period that may be
/// required for the person responsible for said goods to break the consignment into separate categories of goods."
/// </summary>
public sealed class ControlTermExtensionTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendars.Default.Russia;

    // Friday 8 May 2026, 10:00 Moscow time: filed, presented and accepted; the check is due Thu 14 May (9 May moves to Mon 11).
    private static readonly DateTimeOffset Friday = new(2026, 5, 8, 7, 0, 0, TimeSpan.Zero);

    private static Declaration Registered()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]) with { PresentationDate = new DateOnly(2026, 5, 8) };
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", Friday, null);
        declaration.Register("officer-1", Friday, "10005020/080526/0000001", Calendar, null);
        return declaration;
    }

    [Fact]
    public void Customs_extends_the_inspection_by_the_working_days_needed_to_sort_the_consignment()
    {
        var declaration = Registered();

        var extension = declaration.ExtendControlTerm(Guid.NewGuid(), "officer-2", Friday.AddDays(4), new DateOnly(2026, 5, 12),
            ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "120 pcs of trousers in one unmarked lot", Calendar);

        // 3 + 2 working days from Fri 8 May: Tue 12, Wed 13, Thu 14, Fri 15, Mon 18 May.
        Assert.Equal(new DateOnly(2026, 5, 18), extension.ExtendedUntil);
        Assert.Equal(new DateOnly(2026, 5, 18), declaration.ControlDeadline);
        Assert.Equal(DeclarationStatus.UnderControl, declaration.Status);
        Assert.Contains("359(2)", declaration.History[^1].LegalBasis);
        Assert.Equal("officer-2", declaration.History[^1].Actor);
    }

    [Fact]
    public void A_second_extension_counts_on_from_the_first()
    {
        var declaration = Registered();
        declaration.ExtendControlTerm(Guid.NewGuid(), "officer-2", Friday, new DateOnly(2026, 5, 12), ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "one lot", Calendar);

        declaration.ExtendControlTerm(Guid.NewGuid(), "officer-2", Friday, new DateOnly(2026, 5, 18), ControlTermExtensionGround.PackingAndMarkingNotStated, 1, "no marking in the waybill", Calendar);

        // Mon 18 May and one more working day: Tue 19 May.
        Assert.Equal(new DateOnly(2026, 5, 19), declaration.ControlDeadline);
        Assert.Equal(2, declaration.ControlTermExtensions.Count);
    }

    [Fact]
    public void An_extension_is_known_by_its_id_so_a_copy_of_it_is_recognised()
    {
        var declaration = Registered();
        var id = Guid.NewGuid();
        declaration.ExtendControlTerm(id, "officer-2", Friday, new DateOnly(2026, 5, 12), ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "one lot", Calendar);

        Assert.True(declaration.HasControlTermExtension(id));
        Assert.False(declaration.HasControlTermExtension(Guid.NewGuid()));
        Assert.Equal(id, declaration.ControlTermExtensions[0].Id);
    }

    [Fact]
    public void A_term_that_has_run_out_cannot_be_extended()
    {
        var declaration = Registered();

        // Due Thu 14 May; on Fri 15 May the term has run out.
        var error = Assert.Throws<DeclarationRuleException>(() => declaration.ExtendControlTerm(Guid.NewGuid(), "officer-2", Friday, new DateOnly(2026, 5, 15),
            ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "one lot", Calendar));

        Assert.Equal(DeclarationErrors.ControlTermEnded, error.Reason);
        Assert.Equal(new DateOnly(2026, 5, 14), declaration.ControlDeadline);
    }

    [Fact]
    public void Only_goods_under_control_have_an_inspection_term_to_extend()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]);
        var filed = Declaration.File(Guid.NewGuid(), draft, "terminal-7", Friday, null);

        var error = Assert.Throws<DeclarationRuleException>(() => filed.ExtendControlTerm(Guid.NewGuid(), "officer-2", Friday, new DateOnly(2026, 5, 8),
            ControlTermExtensionGround.ConsignmentNotDividedIntoLots, 2, "one lot", Calendar));

        Assert.Equal(DeclarationErrors.NotUnderControl, error.Reason);
    }
}
