using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Contracts;
using Npgsql;

namespace Customs.Payments.Api.Application;

internal static class Settlement
{
    /// <summary>Art. 332: everything the declaration owes is met: <see cref="DeclarationPaymentsSettled"/>, in the caller's transaction.</summary>
    public static Task EnqueueIfSettledAsync(
        this IOutbox outbox, NpgsqlConnection connection, NpgsqlTransaction transaction, Obligation after, DateOnly metOn, CancellationToken ct) =>
        !after.Settled ? Task.CompletedTask : outbox.EnqueueAsync(connection, transaction, new DeclarationPaymentsSettled
        {
            DeclarationId = after.DeclarationId, PaidRub = after.PaidRub, PenaltyPaidRub = after.PenaltyPaidRub, MetOn = metOn,
        }, cancellationToken: ct);
}
