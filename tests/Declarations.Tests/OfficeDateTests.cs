using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Arts. 325-326 fix the rules and the rate by the acceptance date, and Art. 359(1) counts three working days from the
/// receipt: each a calendar date at the customs office, in the office's own time zone.
/// </summary>
public sealed class OfficeDateTests
{
    // Thu 7 May 2026, 19:30 UTC: 22:30 on 7 May in Moscow, 00:30 on Fri 8 May in Yekaterinburg.
    private static readonly DateTimeOffset Evening = new(2026, 5, 7, 19, 30, 0, TimeSpan.Zero);

    private static Declaration RegisteredAt(string office)
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]) with { CustomsOfficeCode = office, PresentationDate = null };
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", Evening, null);
        declaration.Register("officer-1", Evening, $"{office}/080526/0000001", WorkingCalendars.Default.Russia, null);
        return declaration;
    }

    [Fact]
    public void A_declaration_accepted_after_midnight_in_Yekaterinburg_is_accepted_on_the_Yekaterinburg_date()
    {
        var declaration = RegisteredAt("10511000");

        // Accepted Fri 8 May there; 9 May (Sat) moves to Mon 11 May: Tue 12, Wed 13, Thu 14 May.
        Assert.Equal(new DateOnly(2026, 5, 8), declaration.AcceptanceDate);
        Assert.Equal(new DateOnly(2026, 5, 14), declaration.ControlDeadline);
    }

    [Fact]
    public void The_same_instant_at_a_Moscow_office_is_the_day_before()
    {
        var declaration = RegisteredAt("10005020");

        // Accepted Thu 7 May in Moscow: Fri 8, Tue 12, Wed 13 May.
        Assert.Equal(new DateOnly(2026, 5, 7), declaration.AcceptanceDate);
        Assert.Equal(new DateOnly(2026, 5, 13), declaration.ControlDeadline);
    }

    [Fact]
    public void A_declaration_at_an_office_without_a_known_time_zone_is_refused_on_its_code()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]) with { CustomsOfficeCode = "99999999" };

        Assert.Contains(DeclarationValidator.Validate(draft, null), v => v.Field == "customs_office_code");
    }
}
