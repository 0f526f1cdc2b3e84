using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Examination.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// An inspection or examination of the goods was completed (Arts. 371-372): customs control no longer holds the goods of a
/// yellow or red lane. What it established arrives as its own events and Payments reassesses on them before release.
/// </summary>
public sealed class ExaminationCompletedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, AutomaticRelease release, ILogger<ExaminationCompletedConsumer> logger)
    : IpEventConsumer<ExaminationCompleted>(dataSource, clock, repository, release, logger)
{
    protected override Guid DeclarationIdOf(ExaminationCompleted message) => message.DeclarationId;

    protected override Task ApplyAsync(
        ConsumeContext<ExaminationCompleted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        Release.Conditions.RecordExaminationCompletedAsync(connection, transaction, context.Message.DeclarationId, context.Message.ExaminationId,
            context.Message.CompletedAt, ct);
}
