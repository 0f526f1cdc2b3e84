using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Examination.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// An inspection or examination of the goods was completed (Arts. 371-372): customs control no longer holds the goods of a
/// yellow or red lane once what it established is recorded: the quantities it found that differ from the declared ones
/// are kept with it, and arrive as their own events (ExaminationQuantityEstablished), which may come later; Payments then
/// reassesses on them before release.
/// </summary>
public sealed class ExaminationCompletedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release, ILogger<ExaminationCompletedConsumer> logger)
    : IpEventConsumer<ExaminationCompleted>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ExaminationCompleted message) => message.DeclarationId;

    protected override Task ApplyAsync(
        ConsumeContext<ExaminationCompleted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        Release.Conditions.RecordExaminationCompletedAsync(connection, transaction, context.Message.DeclarationId, context.Message.ExaminationId,
            context.Message.CompletedAt,
            [.. context.Message.Findings.Where(f => f.QuantityFound is { } found && found != f.DeclaredQuantity).Select(f => new FoundQuantity(f.ItemNumber, f.QuantityFound!.Value))],
            ct);
}
