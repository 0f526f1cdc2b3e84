using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Data;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Application;

/// <summary>
/// Art. 359(1) deadlines stored as provisional, counted again when the Russian calendar data change (a year's decree
/// loaded): each changed declaration gets a new version and a history entry, as any change does.
/// </summary>
public sealed class ProvisionalControlDeadlines(DeclarationRepository repository, TimeProvider clock, ILogger<ProvisionalControlDeadlines> logger)
    : IProvisionalTerms
{
    /// <summary>The actor of the history entry: the calendar, not an officer.</summary>
    public const string Actor = "calendar";

    public string Name => "Art. 359 control deadlines";

    public async Task<int> RecomputeAsync(WorkingCalendar calendar, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (calendar.Jurisdiction != WorkingCalendars.RussiaCode)
        {
            return 0;
        }

        const string sql = "select id from declarations where control_deadline_provisional order by id for update";
        var ids = (await connection.QueryAsync<Guid>(new CommandDefinition(sql, transaction: transaction, cancellationToken: ct))).ToList();
        var now = clock.GetStoredNow();
        var changed = 0;
        foreach (var declaration in await repository.LoadAsync(connection, transaction, ids, ct))
        {
            var old = declaration.ControlDeadline;
            if (!declaration.RecountControlDeadline(calendar, Actor, now))
            {
                continue;
            }

            await repository.UpdateAsync(connection, transaction, declaration, ct);
            logger.LogInformation("Declaration {Id} ({RegistrationNumber}): Art. 359 deadline {Old} -> {New}{Provisional}",
                declaration.Id, declaration.RegistrationNumber, old, declaration.ControlDeadline,
                declaration.ControlDeadlineProvisional ? " (still provisional)" : "");
            changed++;
        }

        return changed;
    }
}
