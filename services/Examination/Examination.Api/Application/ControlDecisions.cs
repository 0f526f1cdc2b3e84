using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Risk;
using Customs.Examination.Contracts;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// The control decision of a registered declaration, in the transaction that opens its control case: a fixed number of
/// round trips whatever the number of items or profiles (profiles in force, exemptions, compliance history, then the office's
/// counters locked with its settings, one write of the decision, its hits, the counters and the case's status), and
/// <see cref="ControlDecided"/> in the outbox. Decisions at one office and direction wait for each other on the counters' row,
/// so it is locked last: from the lock to the commit there are two statements (the write and the outbox row).
/// </summary>
public sealed class ControlDecisions(
    ControlCaseStore cases, RiskProfileStore profiles, SelectionStore selection, ControlDecisionStore decisions, IOutbox outbox, TimeProvider clock,
    ILogger<ControlDecisions> logger)
{
    public async Task DecideAsync(NpgsqlConnection c, NpgsqlTransaction tx, DeclarationFacts facts, Guid? correlationId, CancellationToken ct)
    {
        var inForce = await profiles.InForceAsync(c, tx, facts.AcceptanceDate, ct);
        var exemptions = await selection.ExemptionsOfAsync(c, tx, facts.TaxpayerNumbers, ct);
        var prior = await cases.PriorDiscrepanciesAsync(c, tx, facts.TaxpayerNumbers.FirstOrDefault(), facts.DeclarationId, ct);
        var withHistory = facts with { PriorDiscrepancies = prior };
        var (settings, counters) = await selection.LockAsync(c, tx, facts.OfficeCode, facts.Direction, ct);

        var (decision, after) = Selector.Decide(withHistory, inForce, settings, counters, exemptions, SelectionDraws.New());

        var now = clock.GetStoredNow();
        await decisions.InsertAsync(c, tx, withHistory, decision, new DecisionInputs(settings, counters, [.. exemptions.Select(e => e.Id)], prior), after, now, ct);
        await outbox.EnqueueAsync(c, tx, new ControlDecided
        {
            DeclarationId = facts.DeclarationId, RegistrationNumber = facts.RegistrationNumber, Lane = EnumCodes.Of(decision.Lane),
            Forms = [.. decision.Forms.Select(EnumCodes.Of)], SelectedBy = EnumCodes.Of(decision.SelectedBy),
            SelectedProfileIds = [.. decision.Hits.Where(h => h.Selected).Select(h => h.ProfileId)], DecidedAt = now,
        }, null, correlationId, ct);
        logger.LogInformation("Declaration {RegistrationNumber}: lane {Lane} by {SelectedBy} ({Hits} profiles hit)",
            facts.RegistrationNumber, decision.Lane, decision.SelectedBy, decision.Hits.Count);
    }
}
