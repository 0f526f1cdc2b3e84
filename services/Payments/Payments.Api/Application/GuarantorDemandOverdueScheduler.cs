using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.BuildingBlocks.Scheduling;
using Customs.Payments.Api.Data;
using Customs.Payments.Contracts;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 350(4), 344(1): a demand to a guarantor still open once the day after its last day to meet it begins at the
/// reservation's office is overdue; each pass (every <c>Payments:ArrearsPollInterval</c>, on the services' clock) marks the
/// demands that became so and announces GuarantorDemandOverdue through the outbox in the same transaction, once per demand.
/// </summary>
public sealed class GuarantorDemandOverdueScheduler(
    NpgsqlDataSource db, GuarantorDemandStore demands, IOutbox outbox, TimeProvider clock, IConfiguration configuration,
    ILogger<GuarantorDemandOverdueScheduler> logger)
    : DueWorkService(clock, configuration.GetValue("Payments:ArrearsPollInterval", TimeSpan.FromSeconds(5)), logger)
{
    private const int Batch = 100;

    protected override string Work => "Marking overdue demands to guarantors";

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var overdue = await demands.NewlyOverdueAsync(connection, transaction, Clock.GetUtcNow(), Batch, cancellationToken);
        foreach (var demand in overdue)
        {
            var meetBy = demand.Term!.MeetBy;
            await demands.MarkOverdueAsync(connection, transaction, demand.Id, meetBy.AddDays(1), cancellationToken);
            await outbox.EnqueueAsync(connection, transaction, new GuarantorDemandOverdue
            {
                DemandId = demand.Id, SecurityId = demand.SecurityId, GuarantorTaxpayerNumber = demand.Guarantor, OperationReference = demand.OperationReference,
                DeclarationId = demand.DeclarationId, MeetBy = meetBy, StillAskedRub = demand.StillAskedRub,
            }, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (overdue.Count > 0)
        {
            logger.LogInformation("{Count} demands to guarantors became overdue (Art. 350(4))", overdue.Count);
        }

        return overdue.Count;
    }
}
