using Customs.TestSupport;
using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Art. 359(1): "not later than within three working days from the date of receipt ... of the customs declaration, the
/// accompanying documents, and presentation of goods". A term that crosses into 2027, whose decree on days off is not
/// loaded, is counted from Labour Code Art. 112 alone and flagged provisional; loading the year's act counts it again.
/// </summary>
public sealed class ProvisionalDeadlineTests
{
    // Filed Tue 29 Dec 2026 at 10:00 Moscow time; the goods presented Wed 30 Dec 2026.
    private static readonly DateTimeOffset FiledAt = new(2026, 12, 29, 7, 0, 0, TimeSpan.Zero);

    private static Declaration RegisteredAcrossNewYear()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, [Drafts.Item()]) with { PresentationDate = new DateOnly(2026, 12, 30) };
        var declaration = Declaration.File(Guid.NewGuid(), draft, "terminal-7", FiledAt, null);
        declaration.Register("officer-1", FiledAt.AddDays(1), "10005020/301226/0000001", WorkingCalendars.Default.Russia, null);
        return declaration;
    }

    [Fact]
    public void A_check_term_crossing_into_a_year_without_its_decree_is_provisional()
    {
        var declaration = RegisteredAcrossNewYear();

        // From Wed 30 Dec 2026: Thu 31 Dec is a day off (Decree No. 1466 of 24.09.2025); 1-8 Jan 2027 are the Art. 112(1)
        // holidays (not moved, Art. 112(2)); Sat 9, Sun 10; then Mon 11, Tue 12, Wed 13 January.
        Assert.Equal(new DateOnly(2027, 1, 13), declaration.ControlDeadline);
        Assert.True(declaration.ControlDeadlineProvisional);
    }

    [Fact]
    public void Loading_the_years_act_counts_the_provisional_deadline_again_and_records_the_old_date()
    {
        var declaration = RegisteredAcrossNewYear();
        var history = declaration.History.Count;

        var changed = declaration.RecountControlDeadline(TestCalendars.RussiaWithAct2027(), "calendar", FiledAt.AddDays(2));

        // The act makes Mon 11 Jan a day off: Tue 12, Wed 13, Thu 14 January, no longer provisional.
        Assert.True(changed);
        Assert.Equal(new DateOnly(2027, 1, 14), declaration.ControlDeadline);
        Assert.False(declaration.ControlDeadlineProvisional);
        var entry = Assert.Single(declaration.History.Skip(history));
        Assert.Equal(DeclarationStatus.UnderControl, entry.To);
        Assert.Contains("was 2027-01-13", entry.Note);
    }

    [Fact]
    public void A_deadline_counted_again_with_the_same_calendar_is_left_as_it_was()
    {
        var declaration = RegisteredAcrossNewYear();
        var history = declaration.History.Count;

        Assert.False(declaration.RecountControlDeadline(WorkingCalendars.Default.Russia, "calendar", FiledAt.AddDays(2)));
        Assert.Equal(history, declaration.History.Count);
        Assert.True(declaration.ControlDeadlineProvisional);
    }
}
