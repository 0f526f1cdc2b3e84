using System.Text;
using Customs.BuildingBlocks.Calendar;

namespace Customs.BuildingBlocks.Tests;

public sealed class CalendarLoaderTests
{
    private const string Statutory = """
        "statutory": { "act": "Labour Code Art. 112", "holidays": ["01-01"], "weekendHolidayMovesToNextWorkingDay": true }
        """;

    private static CalendarFile Load(string years) =>
        CalendarLoader.Read(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "jurisdiction": "RU", {{Statutory}}, "years": [{{years}}] }""")));

    [Fact]
    public void Loading_a_years_act_gives_the_file_a_new_data_version()
    {
        var before = Load("");
        var after = Load("""{ "year": 2027, "act": "Decree A", "daysOff": ["2027-01-11"] }""");

        Assert.Equal(before.DataVersion, Load("").DataVersion);
        Assert.NotEqual(before.DataVersion, after.DataVersion);
    }

    [Fact]
    public void A_year_loaded_twice_is_refused()
    {
        var error = Assert.Throws<CalendarDataException>(() => Load("""
            { "year": 2027, "act": "Decree A", "daysOff": [], "workingDays": [] },
            { "year": 2027, "act": "Decree B", "daysOff": [], "workingDays": [] }
            """));

        Assert.Contains("2027", error.Message);
    }

    [Fact]
    public void A_date_listed_under_another_year_is_refused() =>
        Assert.Throws<CalendarDataException>(() => Load("""{ "year": 2027, "act": "Decree A", "daysOff": ["2028-01-10"] }"""));

    [Fact]
    public void A_day_both_off_and_working_is_refused() =>
        Assert.Throws<CalendarDataException>(() => Load("""{ "year": 2027, "act": "Decree A", "daysOff": ["2027-01-09"], "workingDays": ["2027-01-09"] }"""));

    [Fact]
    public void A_transferred_working_day_must_be_a_weekend_day() =>
        Assert.Throws<CalendarDataException>(() => Load("""{ "year": 2027, "act": "Decree A", "workingDays": ["2027-01-11"] }"""));

    [Fact]
    public void A_year_without_its_act_is_refused() =>
        Assert.Throws<CalendarDataException>(() => Load("""{ "year": 2027, "act": " " }"""));

    [Fact]
    public void Loading_a_year_makes_its_answers_official()
    {
        // A decree for 2027 moving Sat 2 Jan to Fri 31 Dec: the same file format as Calendar/Data/ru.json.
        var calendar = new WorkingCalendar(Load("""{ "year": 2027, "act": "Decree X", "daysOff": ["2027-12-31"] }"""));

        Assert.True(calendar.HasOfficialAct(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 12, 31)));
        Assert.False(calendar.Term(new DateOnly(2027, 3, 1), 5).IsProvisional);
        Assert.Equal("Decree X", calendar.SourceOf(2027));
    }

    [Fact]
    public void The_shipped_files_cover_2024_to_2026_for_both_jurisdictions()
    {
        Assert.Equal([2024, 2025, 2026], WorkingCalendars.Default.Russia.OfficialYears);
        Assert.Equal([2024, 2025, 2026], WorkingCalendars.Default.China.OfficialYears);
    }
}
