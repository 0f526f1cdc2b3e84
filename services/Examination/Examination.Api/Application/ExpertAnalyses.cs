using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>Expert analyses (Arts. 378-383): one transaction per action, the analysis locked, its rules applied, then written.</summary>
public sealed class ExpertAnalyses(NpgsqlDataSource db, ExpertAnalysisStore store, ControlCaseStore cases, IOutbox outbox, TimeProvider clock)
{
    public async Task<ExpertAnalysis> OrderAsync(ExpertAnalysis draft, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var controlCase = await cases.GetAsync(c, tx, draft.DeclarationId, ct)
            ?? throw new NotFoundException(ExaminationErrors.ControlCaseNotFound, $"No control case of declaration {draft.DeclarationId}: it is not registered (yet).");
        // Art. 356(1): no new control of a declaration withdrawn or regarded as void.
        await cases.EnsureNotClosedAsync(c, tx, draft.DeclarationId, ct);
        var now = clock.GetStoredNow();
        var today = OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, now);
        if (draft.RightsExplainedOn > today)
        {
            throw new RequestValidationException([new("rights_explained_on", "cannot be later than today at the office")]);
        }

        var previous = draft.PreviousAnalysisId is { } previousId ? await store.GetAsync(c, tx, previousId, false, ct) : null;
        var analysis = ExpertAnalysisRules.Order(draft with { Id = Guid.CreateVersion7(now), OrderedOn = today }, previous);
        await store.InsertAsync(c, tx, analysis, now, ct);
        await tx.CommitAsync(ct);
        return analysis;
    }

    public Task<ExpertAnalysis> DecideRequestAsync(
        Guid id, DeclarantRight right, string text, IReadOnlyList<string> questions, bool granted, string motivation, string officer, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(
            ExpertAnalysisRules.Decide(a, right, text, questions, granted, motivation, officer, Today(controlCase))), ct);

    public Task<ExpertAnalysis> DecideExpertRequestAsync(
        Guid id, ExpertRight right, string expert, string text, IReadOnlyList<string> grantedItems, bool granted, string motivation, string officer,
        CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(
            ExpertRequestRules.Decide(a, right, expert, text, grantedItems, granted, motivation, officer, Today(controlCase))), ct);

    /// <summary>Art. 382(1): the declarant's own request; an analysis of another declarant's declaration is not found.</summary>
    public Task<ExpertAnalysis> FileDeclarantRequestAsync(
        Guid id, DeclarantRight right, string text, IReadOnlyList<string> questions, string taxpayerNumber, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => controlCase.DeclarantTaxpayerNumber != taxpayerNumber
            ? throw NotFound(id)
            : Task.FromResult(DeclarantRequestRules.File(a, right, text, questions, taxpayerNumber, Today(controlCase))), ct);

    public Task<ExpertAnalysis> AnswerDeclarantRequestAsync(Guid id, int number, bool granted, string motivation, string officer, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(DeclarantRequestRules.Answer(a, number, granted, motivation, officer, Today(controlCase))), ct);

    /// <summary>Art. 381(1): an expert's own request.</summary>
    public Task<ExpertAnalysis> FileExpertRequestAsync(Guid id, ExpertRight right, string expert, string text, string filedBy, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(ExpertRequestRules.File(a, right, expert, text, filedBy, Today(controlCase))), ct);

    public Task<ExpertAnalysis> AnswerExpertRequestAsync(
        Guid id, int number, bool granted, IReadOnlyList<string> grantedItems, string motivation, string officer, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) =>
            Task.FromResult(ExpertRequestRules.Answer(a, number, granted, grantedItems, motivation, officer, Today(controlCase))), ct);

    public Task<ExpertAnalysis> ConcludeAsync(Guid id, ExpertConclusion conclusion, CancellationToken ct) =>
        ActAsync(id, async (a, _, c, tx) =>
        {
            var now = clock.GetStoredNow();
            var concluded = ExpertAnalysisRules.Conclude(a, conclusion with { SubmittedAt = now });
            var added = concluded.Conclusions[^1];
            await outbox.EnqueueAsync(c, tx, new ExpertConclusionReceived
            {
                AnalysisId = a.Id, DeclarationId = a.DeclarationId, Kind = EnumCodes.Of(a.Kind), ConclusionNumber = added.Number, SignedBy = added.SignedBy,
                Conclusions = added.Conclusions, Clear = added.Clear, AnalysisConcluded = concluded.Status == AnalysisStatus.Concluded, ReceivedAt = now,
            }, cancellationToken: ct);
            return concluded;
        }, ct);

    public Task<ExpertAnalysis> TakeSampleAsync(Guid id, Sample sample, AbsenceReason absence, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) =>
            Task.FromResult(SampleRules.Take(a, controlCase.Items, sample with { TakenOn = Today(controlCase) }, absence)), ct);

    public Task<ExpertAnalysis> RecordSampleResultsAsync(Guid id, int sampleNumber, AgencyResults results, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(SampleRules.RecordResults(a, sampleNumber, results, Today(controlCase))), ct);

    public Task<ExpertAnalysis> RecordCostAsync(Guid id, AnalysisCost cost, CancellationToken ct) =>
        ActAsync(id, (a, controlCase, _, _) => Task.FromResult(CostRules.Record(a, cost with { RecordedOn = Today(controlCase) })), ct);

    public Task<ExpertAnalysis> DisposeAsync(Guid id, int sampleNumber, SampleDisposition disposition, string officer, CancellationToken ct) =>
        ActAsync(id, async (a, controlCase, c, tx) =>
        {
            var disposed = SampleRules.Dispose(a, sampleNumber, disposition, Today(controlCase));
            if (disposition == SampleDisposition.KeptByCustoms)
            {
                // Art. 383(4): the declared goods' customs value is reduced by the value of a sample customs does not return.
                var sample = disposed.Samples.Single(s => s.Number == sampleNumber);
                await outbox.EnqueueAsync(c, tx, new SampleKeptByCustoms
                {
                    AnalysisId = a.Id, SampleNumber = sample.Number, DeclarationId = a.DeclarationId, ItemNumber = sample.ItemNumber, Quantity = sample.Quantity,
                    Unit = sample.Unit, CustomsValueRub = sample.CustomsValueRub, OfficerId = officer, KeptAt = clock.GetStoredNow(),
                }, cancellationToken: ct);
            }

            return disposed;
        }, ct);

    public async Task<ExpertAnalysis> GetAsync(Guid id, CancellationToken ct) => await store.GetAsync(id, ct) ?? throw NotFound(id);

    /// <summary>
    /// Art. 382(1)[6]: the declarant is "familiarised with the expert conclusions ... and obtain[s] a duplicate copy": the
    /// analysis of its own declaration, as a right, without asking; another declarant's analysis is not found.
    /// </summary>
    public async Task<ExpertAnalysis> GetForDeclarantAsync(Guid id, string taxpayerNumber, CancellationToken ct)
    {
        var analysis = await GetAsync(id, ct);
        var controlCase = await cases.GetAsync(analysis.DeclarationId, ct);
        return controlCase?.DeclarantTaxpayerNumber == taxpayerNumber ? analysis : throw NotFound(id);
    }

    private DateOnly Today(ControlCase controlCase) => OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, clock.GetUtcNow());

    private async Task<ExpertAnalysis> ActAsync(
        Guid id, Func<ExpertAnalysis, ControlCase, NpgsqlConnection, NpgsqlTransaction, Task<ExpertAnalysis>> change, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var analysis = await store.GetAsync(c, tx, id, true, ct) ?? throw NotFound(id);
        AnalysisEndRules.RequireNotEnded(analysis);
        var controlCase = (await cases.GetAsync(c, tx, analysis.DeclarationId, ct))!;
        var changed = await change(analysis, controlCase, c, tx);
        await store.UpdateAsync(c, tx, changed, ct);
        await tx.CommitAsync(ct);
        return changed;
    }

    private static NotFoundException NotFound(Guid id) => new(ExaminationErrors.AnalysisNotFound, $"No expert analysis {id}.");
}
