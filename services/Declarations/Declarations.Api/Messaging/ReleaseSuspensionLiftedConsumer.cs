using Customs.BuildingBlocks.Clock;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>Art. 399: when no suspension is left, the goods are back under control and may be released.</summary>
public sealed class ReleaseSuspensionLiftedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ReleaseSuspensionStore suspensions,
    AutomaticRelease release, ILogger<ReleaseSuspensionLiftedConsumer> logger)
    : IpEventConsumer<ReleaseSuspensionLifted>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ReleaseSuspensionLifted message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ReleaseSuspensionLifted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        await suspensions.RecordLiftedAsync(connection, transaction, message.SuspensionId, message.DeclarationId, message.LiftedOn, ct);
        if (await suspensions.AnyActiveAsync(connection, transaction, message.DeclarationId, ct))
        {
            return;
        }

        await IpEventApplier.ApplyAsync(connection, transaction, Repository, message.DeclarationId, logger,
            d => d.LiftSuspension("ipregister", Clock.GetStoredNow(), $"suspension {message.SuspensionId} lifted: {message.Reason}"), ct);
    }
}
