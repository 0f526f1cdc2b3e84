using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.BuildingBlocks.Scheduling;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Contracts;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Arrears arise on their own the day after an unpaid term (Arts. 329, 349(2)): each pass (every
/// <c>Payments:ArrearsPollInterval</c>, 5 s unless set) marks obligations past their term on the services' clock, each at
/// the date of its declaration's customs office (Vladivostok's day ends seven hours before Moscow's), and announces
/// ArrearsArose through the outbox in the same transaction, once per obligation.
/// </summary>
public sealed class ArrearsScheduler(
    NpgsqlDataSource db, ArrearsStore arrears, IOutbox outbox, TimeProvider clock, IConfiguration configuration, ILogger<ArrearsScheduler> logger)
    : DueWorkService(clock, configuration.GetValue("Payments:ArrearsPollInterval", TimeSpan.FromSeconds(5)), logger)
{
    private const int Batch = 100;

    protected override string Work => "Marking arrears";

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = await arrears.DueAsync(connection, transaction, now, Batch, cancellationToken);
        foreach (var obligation in due)
        {
            // Under a deferral, the term missed is that of the part not paid in full (Arts. 333(2), 349(2)).
            var (term, arrearsRub) = obligation.Missed();
            var aroseOn = PaymentTerm.ArrearsFrom(term);
            await arrears.MarkAsync(connection, transaction, obligation.DeclarationId, aroseOn, cancellationToken);
            await outbox.EnqueueAsync(connection, transaction, new ArrearsArose
            {
                DeclarationId = obligation.DeclarationId, Payer = obligation.Payer, DueDate = term, AroseOn = aroseOn, ArrearsRub = arrearsRub,
            }, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("Arrears arose on {Count} declarations (Art. 329)", due.Count);
        }

        return due.Count;
    }
}
