using Customs.BuildingBlocks.Clock;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Demands;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 323(7): after release, a customs value customs determined that makes more due is invoiced (Art. 350) in the reassessment's
/// transaction; the obligation gets the amount as a term of its own, ten working days from the invoice's receipt.
/// </summary>
public sealed class ValueDemands(ObligationStore obligations, ValueDemandRules rules, ValueDemandStore store, TimeProvider clock, ILogger<ValueDemands> logger)
{
    public async Task IssueInAsync(NpgsqlConnection c, NpgsqlTransaction tx, string declarationId, decimal additionalRub, CancellationToken ct)
    {
        if (additionalRub <= 0 || await obligations.LockAsync(c, tx, declarationId, ct) is not { } obligation)
        {
            return;
        }

        var now = clock.GetStoredNow();
        var (invoice, withTerm) = rules.Issue(obligation, additionalRub, obligation.Today(clock));
        await obligations.SaveAsync(c, tx, withTerm, now, ct);
        await store.InsertAsync(c, tx, invoice, now, ct);
        logger.LogInformation("Declaration {DeclarationId}: {Amount} RUB invoiced after release (Art. 323(7)), to pay by {PayBy}",
            declarationId, additionalRub, invoice.MeetBy);
    }
}
