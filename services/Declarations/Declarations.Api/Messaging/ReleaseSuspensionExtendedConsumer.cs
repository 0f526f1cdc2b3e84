using Customs.BuildingBlocks.Clock;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Art. 397(1): the suspension runs longer; its new last day is kept on the suspension and in the history.</summary>
public sealed class ReleaseSuspensionExtendedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    AutomaticRelease release, ILogger<ReleaseSuspensionExtendedConsumer> logger)
    : IpEventConsumer<ReleaseSuspensionExtended>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ReleaseSuspensionExtended message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ReleaseSuspensionExtended> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await suspensions.RecordExtendedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.ExtendedUntil, ct);
        await IpEventApplier.ApplyAsync(connection, transaction, Repository, message.DeclarationId, logger, d =>
        {
            d.RecordSuspensionExtended(
                "ipregister", Clock.GetStoredNow(), message.SuspensionId, message.ExtendedUntil, message.DecisionReference, message.DecidedByRole);
            return true;
        }, ct);
    }
}
