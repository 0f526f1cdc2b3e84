using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Suspensions;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// Suspensions and holds in force whose last day is provisional, counted again when their jurisdiction's calendar data
/// change (a year's act loaded), each with the event that lets the declaration's copy of the day follow. Only the term
/// moves: the expiry service lifts on the new date. At a Chinese office the count is the GAC procedure's: from the
/// notice's delivery (Art. 22) and from detaining (Arts. 28, 29).
/// </summary>
public sealed class ProvisionalSuspensionTerms(
    SuspensionRepository suspensions, GacDetentionRepository detentions, IOutbox outbox, TimeProvider clock,
    ILogger<ProvisionalSuspensionTerms> logger) : IProvisionalTerms
{
    public string Name => "suspension terms";

    public async Task<int> RecomputeAsync(WorkingCalendar calendar, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var provisional = await suspensions.LockProvisionalAsync(connection, transaction, calendar.Jurisdiction, ct);
        var gac = calendar.Jurisdiction == WorkingCalendars.ChinaCode
            ? await detentions.GetManyAsync(connection, transaction, [.. provisional.Select(s => s.Id)], ct)
            : new Dictionary<Guid, Domain.China.ChinaDetention>();
        var changed = 0;
        foreach (var suspension in provisional)
        {
            var (old, wasProvisional) = (suspension.Until, suspension.UntilProvisional);
            if (gac.TryGetValue(suspension.Id, out var detention))
            {
                detention.Recount(calendar);
                suspension.RunUntil(detention.TermEnd, detention.IsProvisional);
                await detentions.SaveAsync(connection, transaction, suspension.Id, detention, "calendar", clock.GetUtcNow(), ct);
            }
            else
            {
                var initial = SuspensionTerms.For(CustomsOffices.JurisdictionOfCode(suspension.Context.Jurisdiction), suspension.DetectedOn).InitialWorkingDays;
                suspension.Recounted(SuspensionTermRecount.Recount(
                    suspension.Status, suspension.DetectedOn, suspension.SuspendedOn, initial, suspension.ExtendedWorkingDays, calendar));
            }

            if (suspension.Until == old && suspension.UntilProvisional == wasProvisional)
            {
                continue;
            }

            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.TermChanged(
                suspension, TermChangeCause.CalendarRecounted, $"{calendar.Jurisdiction} working-day calendar, data version {calendar.DataVersion}", changedAt: null),
                cancellationToken: ct);
            logger.LogInformation("Suspension {Id} of declaration {DeclarationId}: last day {Old} -> {New}{Provisional}",
                suspension.Id, suspension.DeclarationId, old, suspension.Until, suspension.UntilProvisional ? " (still provisional)" : "");
            changed++;
        }

        return changed;
    }
}
