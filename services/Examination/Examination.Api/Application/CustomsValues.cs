using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Valuation;
using Customs.Examination.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// A customs value customs determines itself (Art. 323(7)) on an examination's record or an expert's conclusion: the decision and
/// its event (ExaminationValueEstablished, which Declarations records and Payments reassesses on) commit in one transaction.
/// </summary>
public sealed class CustomsValues(
    NpgsqlDataSource db, ExaminationStore examinations, ExpertAnalysisStore analyses, ControlCaseStore cases, CustomsValueDecisionStore store, IOutbox outbox,
    TimeProvider clock)
{
    public async Task<CustomsValueDecision> EstablishAsync(
        ValueBasis basis, Guid basisId, int itemNumber, decimal value, string currency, int method, string decisionReference, string grounds, string officer,
        CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        Guid declarationId;
        if (basis == ValueBasis.Examination)
        {
            var examination = await examinations.GetAsync(c, tx, basisId, ct)
                ?? throw new NotFoundException(ExaminationErrors.ExaminationNotFound, $"No examination {basisId}.");
            CustomsValueRules.RequireBasis(examination);
            declarationId = examination.DeclarationId;
        }
        else
        {
            var analysis = await analyses.GetAsync(c, tx, basisId, false, ct)
                ?? throw new NotFoundException(ExaminationErrors.AnalysisNotFound, $"No expert analysis {basisId}.");
            CustomsValueRules.RequireBasis(analysis);
            declarationId = analysis.DeclarationId;
        }

        var controlCase = (await cases.GetAsync(c, tx, declarationId, ct))!;
        // Art. 356(1): a declaration withdrawn or regarded as void has no goods whose value customs could determine.
        await cases.EnsureNotClosedAsync(c, tx, declarationId, ct);
        CustomsValueRules.RequireItem(controlCase.Items, itemNumber);
        var now = clock.GetStoredNow();
        var decision = new CustomsValueDecision(
            Guid.CreateVersion7(now), declarationId, itemNumber, value, currency, method, basis, basisId, decisionReference, grounds, officer, now);
        await store.InsertAsync(c, tx, decision, ct);
        await outbox.EnqueueAsync(c, tx, new ExaminationValueEstablished
        {
            DecisionId = decision.Id, DeclarationId = declarationId, ItemNumber = itemNumber, CustomsValue = value, Currency = currency,
            ValuationMethod = method, BasisKind = EnumCodes.Of(basis), BasisId = basisId, DecisionReference = decisionReference, OfficerId = officer,
            EstablishedAt = now,
        }, cancellationToken: ct);
        await tx.CommitAsync(ct);
        return decision;
    }
}
