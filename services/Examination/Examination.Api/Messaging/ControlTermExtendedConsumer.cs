using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using MassTransit;
using Npgsql;

namespace Customs.Examination.Api.Messaging;

/// <summary>
/// Art. 359(2) extends one term: an extension the Declarations service's officers decided is recorded against the declaration
/// (once per extension id, even before its registration has reached this service) and moves the open examination's last day;
/// an examination opened later counts it too. Nothing is announced back, so the two services never extend each other in a loop.
/// </summary>
public sealed class ControlTermExtendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, TermExtensionStore extensions, ExaminationStore examinations, ControlCaseStore cases,
    WorkingCalendars calendars, ILogger<ControlTermExtendedConsumer> logger)
    : IdempotentConsumer<ControlTermExtended>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<ControlTermExtended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        var extension = new TermExtension(EnumCodes.Parse<ExtensionGround>(m.Ground), m.WorkingDays, m.Circumstances, m.OfficerId, m.ExtendedAt,
            m.ExtensionId, ExtensionDecidedIn.Declarations);
        if (!await extensions.TryInsertAsync(connection, transaction, m.DeclarationId, null, extension, Clock.GetStoredNow(), ct))
        {
            logger.LogInformation("Extension {ExtensionId} of declaration {DeclarationId} is recorded already", m.ExtensionId, m.DeclarationId);
            return;
        }

        if (await extensions.LockOpenExaminationAsync(connection, transaction, m.DeclarationId, ct) is not { } id
            || await examinations.GetAsync(connection, transaction, id, ct) is not { } examination
            || await cases.GetAsync(connection, transaction, m.DeclarationId, ct) is not { } controlCase)
        {
            return;
        }

        if (examination.Follow(extension, ControlTerm.CalendarOf(calendars, controlCase.OfficeCode)))
        {
            // The row is locked: the version read is the one written.
            await examinations.UpdateAsync(connection, transaction, examination, ct);
            logger.LogInformation("Examination {ExaminationId}: due by {DueOn} after extension {ExtensionId} decided in Declarations",
                examination.Id, examination.DueOn, m.ExtensionId);
        }
    }
}
