using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// At start-up (after the migrations), for each jurisdiction whose calendar data version differs from the one this
/// service last applied (<c>calendar_data_versions</c>), recounts every deadline still flagged provisional and records the
/// version, all in one transaction. A year's act arrives as a data change deployed with the service, so start-up is
/// when a new version can first be seen. Instances starting together serialise on the row lock; the second finds the
/// version applied and does nothing.
/// </summary>
public sealed class ProvisionalTermsRefresh(
    NpgsqlDataSource dataSource, WorkingCalendars calendars, IEnumerable<IProvisionalTerms> terms, TimeProvider clock,
    ILogger<ProvisionalTermsRefresh> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var calendar in new[] { calendars.Russia, calendars.China })
        {
            await RefreshAsync(calendar, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies the calendar's data version if this service has not yet; returns the records that changed (null: already applied).</summary>
    public async Task<int?> RefreshAsync(WorkingCalendar calendar, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Lock the jurisdiction's row (inserted first if new) so that two instances do not recount at once.
        const string claim = """
            insert into calendar_data_versions (jurisdiction, data_version, official_years, applied_at)
            values (@Jurisdiction, '', '{}', @Now) on conflict (jurisdiction) do nothing;
            select data_version from calendar_data_versions where jurisdiction = @Jurisdiction for update;
            """;
        var applied = await connection.QuerySingleAsync<string>(new CommandDefinition(
            claim, new { calendar.Jurisdiction, Now = clock.GetUtcNow() }, transaction, cancellationToken: ct));
        if (applied == calendar.DataVersion)
        {
            return null;
        }

        var changed = 0;
        foreach (var records in terms)
        {
            var count = await records.RecomputeAsync(calendar, connection, transaction, ct);
            logger.LogInformation("Calendar {Jurisdiction} data {Old} -> {New}: {Count} provisional {Records} counted again",
                calendar.Jurisdiction, applied.Length == 0 ? "(none applied)" : applied, calendar.DataVersion, count, records.Name);
            changed += count;
        }

        const string record = """
            update calendar_data_versions set data_version = @DataVersion, official_years = @Years, applied_at = @Now
             where jurisdiction = @Jurisdiction
            """;
        await connection.ExecuteAsync(new CommandDefinition(record, new
        {
            calendar.Jurisdiction, calendar.DataVersion, Years = calendar.OfficialYears.ToArray(), Now = clock.GetUtcNow(),
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return changed;
    }
}
