using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Payments.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// Payments' answer to whether the customs payments stand in the way of release (Arts. 329, 332, 333, 337(1)[2]): the
/// newest by its sequence is kept, an older one delivered late is ignored, and the goods are released if it was the last
/// condition to hold.
/// </summary>
public sealed class PaymentsStandingChangedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release,
    ILogger<PaymentsStandingChangedConsumer> logger)
    : IpEventConsumer<PaymentsStandingChanged>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(PaymentsStandingChanged message) =>
        Guid.TryParse(message.DeclarationId, out var id) ? id : Guid.Empty;

    protected override async Task ApplyAsync(
        ConsumeContext<PaymentsStandingChanged> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        ConditionsAfterApply = await Release.Conditions.RecordPaymentsAsync(connection, transaction, DeclarationIdOf(m),
            new PaymentsStanding(m.Sequence, m.AllowsRelease, m.Basis, m.OwedRub, m.DueOn, m.FactsAccounted, m.LegalBasis, m.Note, m.At), ct);
    }
}
