using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Risk;
using Customs.Examination.Contracts;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// The control decisions of registered declarations (Art. 358), made in batches: the oldest queued declarations (up to
/// <see cref="ControlDecisionOptions.BatchSize"/>) are taken with their cases locked, what they are decided on is read once for
/// the batch (profiles in force, exemptions, compliance histories), the selection counters of each office and direction are
/// locked once, and the declarations of an office are decided one after the other in the order they were queued, each seeing
/// the rates the one before left. The decisions, their hits, the counters, the cases' status and one
/// <see cref="ControlDecided"/> per declaration are written in one transaction, which removes the queued rows: a fixed number of
/// round trips and one commit per batch, where a decision per transaction made an office's decisions wait for each other's commit.
/// </summary>
public sealed class ControlDecisions(
    NpgsqlDataSource db, PendingDecisionStore pending, ControlCaseStore cases, RiskProfileStore profiles, SelectionStore selection,
    ControlDecisionStore decisions, IOutbox outbox, TimeProvider clock, ILogger<ControlDecisions> logger)
{
    /// <summary>Decides the next batch; <paramref name="only"/> limits it to one queued row. Returns the rows taken (0: nothing was due).</summary>
    public async Task<int> DecideNextAsync(int batchSize, long? only, List<long> taken, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var now = clock.GetStoredNow();
        var rows = await pending.TakeAsync(c, tx, batchSize, only, now, ct);
        taken.AddRange(rows.Select(r => r.Seq));
        if (rows.Count == 0)
        {
            return 0;
        }

        // Closed since it was queued (Art. 356(1)): nothing is decided on it.
        var due = rows.Where(r => r.Awaiting).Select(r => (Facts: r.ReadFacts(), Row: r)).ToList();
        if (due.Count > 0)
        {
            await DecideAsync(c, tx, due, now, ct);
        }

        await pending.RemoveAsync(c, tx, taken, ct);
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>Keeps a queued declaration whose decision failed on its own, with the error, until <paramref name="retryAfter"/>.</summary>
    public Task PostponeAsync(long seq, string error, DateTimeOffset retryAfter, CancellationToken ct) => pending.PostponeAsync(seq, error, retryAfter, ct);

    private async Task DecideAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<(DeclarationFacts Facts, PendingDecision Row)> due, DateTimeOffset now, CancellationToken ct)
    {
        var inForce = new Dictionary<DateOnly, IReadOnlyList<RiskProfile>>();
        foreach (var day in due.Select(d => d.Facts.AcceptanceDate).Distinct())
        {
            inForce[day] = await profiles.InForceAsync(c, tx, day, ct);
        }

        var taxpayers = due.SelectMany(d => d.Facts.TaxpayerNumbers).Distinct().ToList();
        var exemptions = await selection.ExemptionsOfAsync(c, tx, taxpayers, ct);
        var discrepancies = await cases.DiscrepanciesFoundAsync(c, tx, [.. due.Select(d => d.Facts.TaxpayerNumbers.FirstOrDefault()).OfType<string>().Distinct()], ct);

        // Locked last, in one order for every decider: from here to the commit, the batch's writes and the outbox's.
        var locked = await selection.LockAsync(c, tx, [.. due.Select(d => (d.Facts.OfficeCode, d.Facts.Direction)).Distinct()], ct);
        var counters = locked.ToDictionary(l => l.Key, l => l.Value.Counters);
        var made = new List<DecisionToWrite>(due.Count);
        foreach (var (facts, _) in due)
        {
            var key = (facts.OfficeCode, facts.Direction);
            var prior = facts.TaxpayerNumbers.FirstOrDefault() is { } tin
                ? discrepancies.Count(x => x.TaxpayerNumber == tin && x.DeclarationId != facts.DeclarationId)
                : 0;
            var withHistory = facts with { PriorDiscrepancies = prior };
            var theirs = exemptions.Where(e => facts.TaxpayerNumbers.Contains(e.TaxpayerNumber)).ToList();
            var settings = locked[key].Settings;
            var before = counters[key];
            var (decision, after) = Selector.Decide(withHistory, inForce[facts.AcceptanceDate], settings, before, theirs, SelectionDraws.New());
            counters[key] = after;
            made.Add(new(withHistory, decision, new DecisionInputs(settings, before, [.. theirs.Select(e => e.Id)], prior)));
            logger.LogInformation("Declaration {RegistrationNumber}: lane {Lane} by {SelectedBy} ({Hits} profiles hit)",
                facts.RegistrationNumber, decision.Lane, decision.SelectedBy, decision.Hits.Count);
        }

        await decisions.InsertManyAsync(c, tx, made, counters, now, ct);
        await outbox.EnqueueManyAsync(c, tx, [.. made.Zip(due, (m, d) => new OutboxEntry<ControlDecided>(Event(m, now), d.Row.CorrelationId, d.Row.TraceParent))], ct);
        logger.LogDebug("{Count} control decisions made in one batch ({Offices} offices and directions)", made.Count, counters.Count);
    }

    private static ControlDecided Event(DecisionToWrite m, DateTimeOffset now) => new()
    {
        DeclarationId = m.Facts.DeclarationId, RegistrationNumber = m.Facts.RegistrationNumber, Lane = EnumCodes.Of(m.Decision.Lane),
        Forms = [.. m.Decision.Forms.Select(EnumCodes.Of)], SelectedBy = EnumCodes.Of(m.Decision.SelectedBy),
        SelectedProfileIds = [.. m.Decision.Hits.Where(h => h.Selected).Select(h => h.ProfileId)], DecidedAt = now,
    };
}
