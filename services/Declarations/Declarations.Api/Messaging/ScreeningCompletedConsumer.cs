using Customs.Declarations.Api.Application;
using Customs.ServiceDefaults;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// The IP register screened every item: the outcome is kept per item, so the officer who releases sees that goods for
/// personal use were exempt (Art. 400) or clear. A suspension arrives as its own event (ReleaseSuspended).
/// </summary>
public sealed class ScreeningCompletedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release, ILogger<ScreeningCompletedConsumer> logger)
    : IpEventConsumer<ScreeningCompleted>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ScreeningCompleted message) => message.DeclarationId;

    protected override async Task ApplyAsync(
        ConsumeContext<ScreeningCompleted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        // The screening is written and the release conditions (which it leaves alone) read in one round trip.
        ConditionsAfterApply = await Release.Conditions.GetAfterAsync(connection, transaction, IpScreeningStore.RecordCommands(message.DeclarationId,
            message.Items.Select(i => new ItemIpScreening(i.ItemNumber, EnumMap.To<Domain.IpScreeningOutcome>(i.Outcome), i.RegisterEntryId, message.ScreenedAt,
                i.SuspensionId))), message.DeclarationId, ct);
    }
}
