using Customs.BuildingBlocks.Clock;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// Art. 397(1): release of goods with signs of infringement is held pending the head's written decision, then suspended by
/// it (or suspended at once, GAC Art. 21). Both are ReleaseSuspended for one suspension, in any order: the first suspends
/// the declaration, the decision is in its history once.
/// </summary>
public sealed class ReleaseSuspendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    AutomaticRelease release, ILogger<ReleaseSuspendedConsumer> logger)
    : IpEventConsumer<ReleaseSuspended>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ReleaseSuspended message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ReleaseSuspended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        var newDecision = await suspensions.RecordSuspendedAsync(connection, transaction, message, ct);
        if (!await suspensions.AnyActiveAsync(connection, transaction, message.DeclarationId, ct))
        {
            // The lift (or seizure) of this suspension arrived first.
            return;
        }

        var note = $"suspension {message.SuspensionId} until {message.SuspendedUntil:yyyy-MM-dd}, items {string.Join(", ", message.ItemNumbers)}, "
            + $"right-holder {message.RightHolderName}";
        await IpEventApplier.ApplyAsync(connection, transaction, Repository, message.DeclarationId, logger, d =>
        {
            if (d.Status != DeclarationStatus.UnderControl && d.Status != DeclarationStatus.ReleaseSuspended)
            {
                logger.LogWarning("Declaration {DeclarationId} is {Status}; suspension {SuspensionId} not applied", d.Id, d.Status, message.SuspensionId);
                return false;
            }

            var now = Clock.GetStoredNow();
            var changed = d.SuspendRelease("ipregister", now, string.IsNullOrWhiteSpace(message.LegalBasis) ? LegalBasis.SuspensionIp : message.LegalBasis, note);
            if (newDecision && ReleaseSuspensionStore.Decision(message) is { } decision)
            {
                d.RecordSuspensionDecided("ipregister", now, decision);
                changed = true;
            }

            return changed;
        }, ct);
    }
}
