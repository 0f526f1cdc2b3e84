using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Examination.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// Examination's control decision (Arts. 358, 366): the lane is kept as a condition of release; a green lane may be the
/// last condition to hold, and the goods are then released (<see cref="AutomaticRelease"/>).
/// </summary>
public sealed class ControlDecidedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release, ILogger<ControlDecidedConsumer> logger)
    : IpEventConsumer<ControlDecided>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ControlDecided message) => message.DeclarationId;

    protected override async Task ApplyAsync(ConsumeContext<ControlDecided> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        ConditionsAfterApply = await Release.Conditions.RecordControlAsync(connection, transaction, context.Message.DeclarationId, context.Message.Lane,
            context.Message.Forms, context.Message.DecidedAt, ct);
}
