using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Risk;
using Customs.Examination.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// Samples taken outside any expert analysis (Art. 383), one transaction per action with the declaration's samples locked; a
/// sample customs keeps publishes SampleKeptByCustoms in the same transaction (383(4)).
/// </summary>
public sealed class ControlSamples(NpgsqlDataSource db, ControlSampleStore store, ControlCaseStore cases, IOutbox outbox, TimeProvider clock)
{
    public async Task<ControlSample> TakeAsync(Guid declarationId, ControlForm? form, string purpose, Sample sample, AbsenceReason absence, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var controlCase = await CaseAsync(c, tx, declarationId, ct);
        var taken = await store.LockAsync(c, tx, declarationId, ct);
        // Art. 356(1): no new control of a declaration withdrawn or regarded as void.
        await cases.EnsureNotClosedAsync(c, tx, declarationId, ct);
        var now = clock.GetStoredNow();
        var added = ControlSampleRules.Take(taken, Guid.CreateVersion7(now), declarationId, controlCase.Items, form, purpose,
            sample with { TakenOn = Today(controlCase, now) }, absence);
        await store.InsertAsync(c, tx, added, now, ct);
        await tx.CommitAsync(ct);
        return added;
    }

    public async Task<(ControlSample Sample, decimal ValueReductionRub)> DisposeAsync(
        Guid declarationId, int number, SampleDisposition disposition, string officer, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var controlCase = await CaseAsync(c, tx, declarationId, ct);
        var now = clock.GetStoredNow();
        var after = ControlSampleRules.Dispose(await store.LockAsync(c, tx, declarationId, ct), number, disposition, Today(controlCase, now));
        var disposed = after.Single(s => s.Sample.Number == number);
        await store.UpdateAsync(c, tx, disposed, ct);
        if (disposition == SampleDisposition.KeptByCustoms)
        {
            // Art. 383(4): the declared goods' customs value is reduced by the value of a sample customs does not return.
            var s = disposed.Sample;
            await outbox.EnqueueAsync(c, tx, new SampleKeptByCustoms
            {
                AnalysisId = disposed.Id, SampleNumber = s.Number, DeclarationId = declarationId, ItemNumber = s.ItemNumber, Quantity = s.Quantity, Unit = s.Unit,
                CustomsValueRub = s.CustomsValueRub, OfficerId = officer, KeptAt = now,
            }, cancellationToken: ct);
        }

        await tx.CommitAsync(ct);
        return (disposed, ControlSampleRules.ValueReductionRub(after));
    }

    public async Task<ControlSample> RecordResultsAsync(Guid declarationId, int number, AgencyResults results, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var controlCase = await CaseAsync(c, tx, declarationId, ct);
        var after = ControlSampleRules.RecordResults(await store.LockAsync(c, tx, declarationId, ct), number, results, Today(controlCase, clock.GetStoredNow()));
        var recorded = after.Single(s => s.Sample.Number == number);
        await store.UpdateAsync(c, tx, recorded, ct);
        await tx.CommitAsync(ct);
        return recorded;
    }

    public async Task<IReadOnlyList<ControlSample>> ListAsync(Guid declarationId, CancellationToken ct)
    {
        _ = await cases.GetAsync(declarationId, ct) ?? throw NotFound(declarationId);
        return await store.OfDeclarationAsync(declarationId, ct);
    }

    private async Task<ControlCase> CaseAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct) =>
        await cases.GetAsync(c, tx, declarationId, ct) ?? throw NotFound(declarationId);

    private static DateOnly Today(ControlCase controlCase, DateTimeOffset now) => OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, now);

    private static NotFoundException NotFound(Guid declarationId) =>
        new(ExaminationErrors.ControlCaseNotFound, $"No control case of declaration {declarationId}: it is not registered (yet).");
}
