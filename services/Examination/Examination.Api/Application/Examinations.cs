using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.Examination.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>
/// Inspections and examinations, one transaction per action: the examination's row is locked, changed through the domain, written,
/// and its events enqueued. A refused action (invalid, or on a completed record) rolls back and changes nothing.
/// </summary>
public sealed class Examinations(
    NpgsqlDataSource db, ExaminationStore store, ControlCaseStore cases, TermExtensionStore extensions, SelectionStore selection, WorkingCalendars calendars, IOutbox outbox, TimeProvider clock)
{
    public async Task<GoodsExamination> OpenAsync(Guid declarationId, ExaminationKind kind, IReadOnlyList<string> officers, string officer, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var controlCase = await cases.GetAsync(c, tx, declarationId, ct)
            ?? throw new NotFoundException(ExaminationErrors.ControlCaseNotFound, $"No control case of declaration {declarationId}: it is not registered (yet).");
        // Art. 356(1): no new control of a declaration withdrawn or regarded as void.
        await cases.EnsureNotClosedAsync(c, tx, declarationId, ct);
        var now = clock.GetStoredNow();
        var today = OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, now);
        await EnsureNotExemptAsync(c, tx, controlCase, kind, today, ct);

        // Art. 359(2): extensions decided before this examination (on an earlier one, or in Declarations) are of the same term.
        var earlier = await extensions.OfDeclarationAsync(c, tx, declarationId, ct);
        var examination = GoodsExamination.Open(Guid.CreateVersion7(now), declarationId, controlCase.RegistrationNumber, controlCase.OfficeCode, kind,
            [.. new[] { officer }.Concat(officers).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct()], today, controlCase.ControlDeadline,
            earlier, ControlTerm.CalendarOf(calendars, controlCase.OfficeCode));
        if (!await store.TryInsertAsync(c, tx, examination, officer, now, ct))
        {
            throw new AlreadyExistsException(ExaminationErrors.ExaminationOpen, $"Declaration {declarationId} has an open inspection or examination already.");
        }

        await tx.CommitAsync(ct);
        return examination;
    }

    public Task<GoodsExamination> RecordFindingAsync(
        Guid id, int itemNumber, decimal? quantityFound, decimal? examinedQuantity, string description, string marks, IReadOnlyList<string> discrepancies,
        bool additionalDemanded, CancellationToken ct) =>
        ActAsync(id, async (e, controlCase, _, _) =>
        {
            e.RecordFinding(controlCase.Items, itemNumber, quantityFound, examinedQuantity, description.Trim(), marks.Trim(), discrepancies, additionalDemanded);
            await Task.CompletedTask;
        }, ct);

    public Task<GoodsExamination> ExtendAsync(Guid id, ExtensionGround ground, int workingDays, string circumstances, string officer, CancellationToken ct) =>
        ActAsync(id, async (e, controlCase, c, tx) =>
        {
            var now = clock.GetStoredNow();
            var extension = e.Extend(Guid.CreateVersion7(now), ground, workingDays, circumstances.Trim(), officer, now,
                OfficeTimeZones.Default.DateAt(controlCase.OfficeCode, now), ControlTerm.CalendarOf(calendars, controlCase.OfficeCode));
            await extensions.TryInsertAsync(c, tx, e.DeclarationId, e.Id, extension, now, ct);
            // Art. 359(2) extends one term: the declaration's check in the Declarations service follows.
            await outbox.EnqueueAsync(c, tx, new ExaminationTermExtended
            {
                ExtensionId = extension.Id, ExaminationId = e.Id, DeclarationId = e.DeclarationId, Ground = EnumCodes.Of(ground), WorkingDays = workingDays, Circumstances = circumstances.Trim(),
                DueOn = e.DueOn, OfficerId = officer, ExtendedAt = now,
            }, cancellationToken: ct);
        }, ct);

    public Task<GoodsExamination> CompleteAsync(
        Guid id, IReadOnlyList<Person> attendees, AbsenceReason absence, IReadOnlyList<Person> witnesses, string results, string officer, CancellationToken ct) =>
        ActAsync(id, async (e, controlCase, c, tx) =>
        {
            var now = clock.GetStoredNow();
            e.Complete(attendees, absence, witnesses, results, officer, now);
            var kind = EnumCodes.Of(e.Kind);
            await outbox.EnqueueAsync(c, tx, new ExaminationCompleted
            {
                ExaminationId = e.Id, DeclarationId = e.DeclarationId, RegistrationNumber = e.RegistrationNumber, Kind = kind, FoundDiscrepancy = e.FoundDiscrepancy,
                Results = e.Results!, CompletedAt = now,
                Findings = [.. e.Findings.Select(f => new ExaminedItem
                {
                    ItemNumber = f.ItemNumber, DeclaredQuantity = f.DeclaredQuantity, QuantityFound = f.QuantityFound, Unit = f.Unit, Description = f.Description,
                    Marks = f.Marks, Discrepancies = f.Discrepancies, AppliesToItems = f.AppliesToItems,
                })],
            }, cancellationToken: ct);
            // Arts. 371(3), 372(5): a quantity that does not tally is determined by customs; Declarations records it.
            foreach (var f in e.Findings.Where(f => f.QuantityDiffers))
            {
                await outbox.EnqueueAsync(c, tx, new ExaminationQuantityEstablished
                {
                    ExaminationId = e.Id, DeclarationId = e.DeclarationId, ItemNumber = f.ItemNumber, DeclaredQuantity = f.DeclaredQuantity,
                    EstablishedQuantity = f.QuantityFound!.Value, Unit = f.Unit, Kind = kind, OfficerId = officer, EstablishedAt = now,
                }, cancellationToken: ct);
            }

            await cases.MarkAsync(c, tx, e.DeclarationId, e.FoundDiscrepancy ? "examined_with_findings" : "examined", ct);
        }, ct);

    public async Task<GoodsExamination> GetAsync(Guid id, CancellationToken ct) => await store.GetAsync(id, ct) ?? throw NotFound(id);

    public Task<IReadOnlyList<GoodsExamination>> OverdueAsync(string officeCode, DueCursor? after, int limit, CancellationToken ct) =>
        store.OverdueAsync(officeCode, OfficeTimeZones.Default.DateAt(officeCode, clock.GetUtcNow()), after, limit, ct);

    public DateOnly OfficeToday(string officeCode) => OfficeTimeZones.Default.DateAt(officeCode, clock.GetUtcNow());

    private async Task<GoodsExamination> ActAsync(
        Guid id, Func<GoodsExamination, ControlCase, NpgsqlConnection, NpgsqlTransaction, Task> change, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await store.LockAsync(c, tx, id, ct);
        var examination = await store.GetAsync(c, tx, id, ct) ?? throw NotFound(id);
        var controlCase = (await cases.GetAsync(c, tx, examination.DeclarationId, ct))!;
        await change(examination, controlCase, c, tx);
        if (!await store.UpdateAsync(c, tx, examination, ct))
        {
            throw new ConcurrencyConflictException(ExaminationErrors.ExaminationClosed, $"Examination {id} changed meanwhile; read it again.");
        }

        await tx.CommitAsync(ct);
        return examination;
    }

    /// <summary>Art. 386: a person exempted from a form is not put to it.</summary>
    private async Task EnsureNotExemptAsync(NpgsqlConnection c, NpgsqlTransaction tx, ControlCase controlCase, ExaminationKind kind, DateOnly today, CancellationToken ct)
    {
        if (controlCase.DeclarantTaxpayerNumber is not { } tin)
        {
            return;
        }

        var form = kind == ExaminationKind.Inspection ? ControlForm.Inspection : ControlForm.Examination;
        var exemption = (await selection.ExemptionsOfAsync(c, tx, [tin], ct)).FirstOrDefault(x => x.InForceOn(today) && x.Forms.Contains(form));
        if (exemption is not null)
        {
            throw new RuleViolationException(ExaminationErrors.ExemptFromForm,
                $"The declarant is exempt from {EnumCodes.Of(form)} ({exemption.ActReference}).", Exemption.Article(exemption.Ground));
        }
    }

    private static NotFoundException NotFound(Guid id) => new(ExaminationErrors.ExaminationNotFound, $"No examination {id}.");
}
