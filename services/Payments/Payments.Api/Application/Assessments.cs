using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Assessing and reassessing a declaration: the rates are read once for the acceptance date, the assessment, the postal
/// week and the event commit in one transaction (outbox). A reassessment keeps the exchange rates of the first
/// assessment: rates that change after acceptance never change what a declaration owes (Arts. 325(1), 326).
/// </summary>
public sealed class Assessments(
    NpgsqlDataSource db, AssessmentStore store, ExchangeRateStore rates, PostalWeekStore weeks, ObligationStore obligations, Assessor assessor,
    IOutbox outbox, TimeProvider clock)
{
    public async Task<StoredAssessment> GetAsync(string declarationId, CancellationToken ct)
    {
        var row = await store.LatestAsync(declarationId, ct) ?? throw NotFound(declarationId);
        return ToStored(row);
    }

    public async Task<StoredAssessment> AssessAsync(
        DeclarationToAssess declaration, string customsOfficeCode, DateOnly goodsPresentedOn, string payer, string assessedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await AssessInAsync(connection, transaction, declaration, customsOfficeCode, goodsPresentedOn, payer, assessedBy, ct)
            ?? throw new AlreadyExistsException(PaymentErrors.AssessmentExists,
                $"Declaration {declaration.DeclarationId} is assessed already; a new quantity or value is a reassessment.");
        await transaction.CommitAsync(ct);
        return stored;
    }

    /// <summary>
    /// Assesses inside the caller's transaction (an RPC's, or a consumer's inbox); null when the declaration is assessed
    /// already. The obligation is dated by <paramref name="customsOfficeCode"/>, the office that accepted the declaration.
    /// </summary>
    public async Task<StoredAssessment?> AssessInAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DeclarationToAssess declaration, string customsOfficeCode, DateOnly goodsPresentedOn,
        string payer, string assessedBy, CancellationToken ct)
    {
        var table = await rates.RatesOnAsync(declaration.AcceptanceDate, Currencies(declaration.Items), ct);
        var week = declaration.Kind == DeclarationKind.Postal
            ? await weeks.LockAsync(connection, transaction, declaration.RecipientId, declaration.AcceptanceDate, ct)
            : null;
        var (result, weekTotal) = assessor.Assess(declaration, table, week);
        var row = Row(declaration, 1, result, "", assessedBy);
        if (!await store.TryInsertAsync(connection, transaction, row, ct))
        {
            return null;
        }

        if (week is not null)
        {
            await weeks.SetAsync(connection, transaction, week, weekTotal!.Value, ct);
        }

        await obligations.OpenAsync(connection, transaction,
            new(row.DeclarationId, DueDate(declaration, goodsPresentedOn), row.TotalRub, 0, 0, 0, null)
            {
                CustomsOfficeCode = customsOfficeCode, Categories = PaymentCategories.From(result), // Art. 333(4): kept apart.
            }, payer, ct);
        await outbox.EnqueueAsync(connection, transaction, new AssessmentMade
        {
            DeclarationId = row.DeclarationId, Version = 1, AcceptanceDate = row.AcceptanceDate, TotalRub = row.TotalRub, AssessedAt = row.AssessedAt,
        }, cancellationToken: ct);
        return ToStored(row);
    }

    public async Task<(StoredAssessment Assessment, decimal DifferenceRub, IReadOnlyList<CategoryDifference> CategoryDifferences)> ReassessAsync(
        string declarationId, int expectedVersion, IReadOnlyList<ItemToAssess> items, string reason, string assessedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var previous = await store.LatestForUpdateAsync(connection, transaction, declarationId, ct) ?? throw NotFound(declarationId);
        if (previous.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(PaymentErrors.AssessmentVersionConflict,
                $"The assessment is at version {previous.Version}, not {expectedVersion}: read it again.");
        }

        var reassessed = await ReassessInAsync(connection, transaction, previous, items, reason, assessedBy, ct);
        await transaction.CommitAsync(ct);
        return reassessed;
    }

    /// <summary>
    /// Reassesses the latest assessment (read for update by the caller, <see cref="AssessmentStore.LatestForUpdateAsync"/>) with
    /// established items, inside the caller's transaction.
    /// </summary>
    public async Task<(StoredAssessment Assessment, decimal DifferenceRub, IReadOnlyList<CategoryDifference> CategoryDifferences)> ReassessInAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AssessmentRow previous, IReadOnlyList<ItemToAssess> items, string reason,
        string assessedBy, CancellationToken ct)
    {
        var declarationId = previous.DeclarationId;
        var before = AssessmentJson.ReadResult(previous.Document);
        var declaration = new DeclarationToAssess(declarationId, EnumCodes.Parse<DeclarationKind>(previous.Kind), previous.AcceptanceDate, previous.RecipientId, items);
        var table = await RatesOfAsync(previous, before, items, ct);
        PostalWeek? week = null;
        if (declaration.Kind == DeclarationKind.Postal)
        {
            // The week is counted without this declaration's earlier values, then with its established ones.
            var locked = await weeks.LockAsync(connection, transaction, declaration.RecipientId, declaration.AcceptanceDate, ct);
            week = locked with { DeclaredRub = locked.DeclaredRub - CustomsValues(before) };
        }

        var (result, weekTotal) = assessor.Assess(declaration, table, week);
        var row = Row(declaration, previous.Version + 1, result, reason, assessedBy);
        await store.TryInsertAsync(connection, transaction, row, ct);
        if (week is not null)
        {
            await weeks.SetAsync(connection, transaction, week, weekTotal!.Value, ct);
        }

        // The obligation follows the assessment, category by category (Art. 333(4)): each category's difference is to pay or,
        // below what was paid, to refund; what was paid stays paid (a negative outstanding is an overpayment to refund).
        if (await obligations.LockAsync(connection, transaction, declarationId, ct) is { } obligation)
        {
            var categories = PaymentCategories.From(result);
            await obligations.SaveAsync(connection, transaction,
                categories.Sum(c => c.AssessedRub) == row.TotalRub ? obligation.Reassessed(categories) : obligation with { AssessedRub = row.TotalRub, Categories = [] },
                row.AssessedAt, ct);
        }

        var difference = row.TotalRub - previous.TotalRub;
        await outbox.EnqueueAsync(connection, transaction, new AssessmentRevised
        {
            DeclarationId = declarationId, Version = row.Version, AcceptanceDate = row.AcceptanceDate, TotalRub = row.TotalRub,
            DifferenceRub = difference, Reason = reason, AssessedAt = row.AssessedAt,
        }, cancellationToken: ct);
        return (ToStored(row), difference, PaymentCategories.Differences(before, result));
    }

    /// <summary>The rates the first assessment used, and, for a currency it did not use, the rate in force on the acceptance date.</summary>
    private async Task<RateTable> RatesOfAsync(AssessmentRow previous, AssessmentResult before, IReadOnlyList<ItemToAssess> items, CancellationToken ct)
    {
        var kept = before.RatesUsed.ToList();
        var missing = Currencies(items).Except(kept.Select(r => r.Currency)).ToList();
        var added = missing.Count == 0 ? [] : (await rates.RatesOnAsync(previous.AcceptanceDate, missing, ct)).Rates;
        return new RateTable(previous.AcceptanceDate, kept.Concat(added));
    }

    private AssessmentRow Row(DeclarationToAssess declaration, int version, AssessmentResult result, string reason, string assessedBy) => new()
    {
        DeclarationId = declaration.DeclarationId,
        Version = version,
        Kind = EnumCodes.Of(declaration.Kind),
        AcceptanceDate = declaration.AcceptanceDate,
        RecipientId = declaration.RecipientId,
        Items = AssessmentJson.Write(declaration.Items),
        Document = AssessmentJson.Write(result),
        TotalRub = result.Total,
        Reason = reason,
        AssessedAt = clock.GetStoredNow(),
        AssessedBy = assessedBy,
    };

    private static StoredAssessment ToStored(AssessmentRow row) => new(
        row.DeclarationId, row.Version, EnumCodes.Parse<DeclarationKind>(row.Kind), row.AcceptanceDate, AssessmentJson.ReadResult(row.Document), row.AssessedAt);

    private static IEnumerable<string> Currencies(IEnumerable<ItemToAssess> items) => items.Select(i => i.Currency).Append("EUR").Distinct();

    private static decimal CustomsValues(AssessmentResult result) =>
        result.Items.SelectMany(i => i.Figures).Where(f => f.Kind == FigureKind.CustomsValue).Sum(f => f.AmountRub);

    private static NotFoundException NotFound(string declarationId) =>
        new(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");

    /// <summary>
    /// Art. 329(1): imports within 15 days of presentation; 329(2): exports "not later than on the day of submission of a
    /// customs declaration", the day the declaration was accepted (it is accepted the day it is submitted).
    /// </summary>
    private static DateOnly DueDate(DeclarationToAssess declaration, DateOnly goodsPresentedOn) => declaration.Kind is DeclarationKind.Export or DeclarationKind.PersonalExport
        ? PaymentTerm.ForExport(declaration.AcceptanceDate)
        : Obligation.DueDateFor(goodsPresentedOn);
}
