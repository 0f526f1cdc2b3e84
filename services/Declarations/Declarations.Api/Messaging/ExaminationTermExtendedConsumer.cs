using Customs.Declarations.Api.Application;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Examination.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// An extension the Examination service's officers decided (Art. 359(2)) extends the declaration's check by the same working days
/// on the same ground, as an officer's <c>ExtendControlTerm</c> does. A declaration no longer under control, or whose term has
/// run out here, is left as it is (logged). Once per extension id, with the row locked: a copy of the event under another message
/// id changes nothing, and nothing is announced back to the Examination service (no loop).
/// </summary>
public sealed class ExaminationTermExtendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, WorkingCalendar calendar, AutomaticRelease release, ILogger<ExaminationTermExtendedConsumer> logger)
    : IpEventConsumer<ExaminationTermExtended>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ExaminationTermExtended message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ExaminationTermExtended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        await IpEventApplier.ApplyAsync(connection, transaction, Repository, m.DeclarationId, logger, d =>
        {
            var now = Clock.GetStoredNow();
            if (d.HasControlTermExtension(m.ExtensionId))
            {
                logger.LogInformation("Declaration {DeclarationId}: extension {ExtensionId} is recorded already", d.Id, m.ExtensionId);
                return false;
            }

            if (d.Status != DeclarationStatus.UnderControl || d.ControlDeadline < d.OfficeDateAt(now))
            {
                logger.LogWarning("Declaration {DeclarationId} ({Status}, due {Deadline}): the extension of examination {ExaminationId} is not applied",
                    d.Id, d.Status, d.ControlDeadline, m.ExaminationId);
                return false;
            }

            d.ExtendControlTerm(m.ExtensionId, m.OfficerId, now, d.OfficeDateAt(now), EnumCodes.Parse<ControlTermExtensionGround>(m.Ground), m.WorkingDays,
                $"{m.Circumstances} (examination {m.ExaminationId})", calendar);
            return true;
        }, ct);
    }
}
