using Customs.BuildingBlocks.Calendar;
using Dapper;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// At start-up each service records the calendar data it counted its provisional deadlines with; a later start-up with
/// another version (a year's act loaded) counts them again (BuildingBlocks README, "Calendars").
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CalendarDataVersionTests(GraphFixture graph)
{
    [Theory]
    [InlineData("declarations-db")]
    [InlineData("ipregister-db")]
    public async Task Each_service_records_the_calendar_data_it_applied_at_start_up(string database)
    {
        await using var dataSource = await graph.App.CreateDataSourceAsync(database);
        await using var connection = await dataSource.OpenConnectionAsync();

        var applied = (await connection.QueryAsync<(string Jurisdiction, string DataVersion, int[] OfficialYears)>(
            "select jurisdiction, data_version, official_years from calendar_data_versions order by jurisdiction")).ToList();

        var shipped = new[] { WorkingCalendars.Default.China, WorkingCalendars.Default.Russia };
        Assert.Equal(shipped.Select(c => (c.Jurisdiction, c.DataVersion, string.Join(",", c.OfficialYears))),
            applied.Select(a => (a.Jurisdiction, a.DataVersion, string.Join(",", a.OfficialYears))));
    }
}
