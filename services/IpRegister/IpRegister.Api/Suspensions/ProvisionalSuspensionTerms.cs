using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Suspensions;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Suspensions and holds in force whose last day is provisional, counted again when their jurisdiction's calendar data
/// change (a year's act loaded). Only the term moves: the expiry service lifts on the new date.
/// </summary>
public sealed class ProvisionalSuspensionTerms(ILogger<ProvisionalSuspensionTerms> logger) : IProvisionalTerms
{
    public string Name => "suspension terms";

    public async Task<int> RecomputeAsync(WorkingCalendar calendar, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        const string select = """
            select * from suspensions where until_provisional and jurisdiction = @Jurisdiction and status in ('active', 'held')
             order by id for update
            """;
        var rows = await connection.QueryAsync<SuspensionRow>(new CommandDefinition(select, new { calendar.Jurisdiction }, transaction, cancellationToken: ct));
        var changed = 0;
        foreach (var row in rows)
        {
            var status = EnumCodes.Parse<SuspensionStatus>(row.Status);
            var initial = SuspensionTerms.For(CustomsOffices.JurisdictionOfCode(row.Jurisdiction), row.DetectedOn).InitialWorkingDays;
            var term = SuspensionTermRecount.Recount(status, row.DetectedOn, row.SuspendedOn, initial, row.ExtendedWorkingDays, calendar);
            if (term.End == row.Until && term.IsProvisional)
            {
                continue;
            }

            const string update = """
                update suspensions set until = @Until, until_provisional = @Provisional,
                       decide_by = case when status = 'held' then @Until else decide_by end
                 where id = @Id
                """;
            await connection.ExecuteAsync(new CommandDefinition(update, new { row.Id, Until = term.End, Provisional = term.IsProvisional }, transaction, cancellationToken: ct));
            logger.LogInformation("Suspension {Id} of declaration {DeclarationId}: last day {Old} -> {New}{Provisional}",
                row.Id, row.DeclarationId, row.Until, term.End, term.IsProvisional ? " (still provisional)" : "");
            changed++;
        }

        return changed;
    }
}
