using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Collection;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Collection acts (Arts. 348, 351-354) and the demands they follow.</summary>
public sealed class CollectionStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, reference, declaration_id, demand_id, source, payer_kind, decided_on, court_reference, no_bank_account_details, payments_rub,
        penalties_rub, interest_rub, collected_rub, coalesce(receipt_number, '') as receipt_number, other_receipt_numbers, next_step_by, next_step, basis
        """;

    public async Task<DemandOnRecord?> DemandAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = "select id, declaration_id, dispatched_on, meet_by from demands where id = @Id";
        var row = await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct));
        return row is null ? null : new DemandOnRecord(row.Id, row.DeclarationId, row.DispatchedOn, row.MeetBy);
    }

    public async Task<IReadOnlyCollection<CollectionSource>> SourcesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = "select distinct source from collection_acts where declaration_id = @DeclarationId";
        var codes = await connection.QueryAsync<string>(new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct));
        return [.. codes.Select(EnumCodes.Parse<CollectionSource>)];
    }

    public async Task<StoredCollectionAct?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from collection_acts where reference = @Reference";
        return (await connection.QuerySingleOrDefaultAsync<ActRow>(new CommandDefinition(sql, new { Reference = reference }, transaction, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredCollectionAct?> ActAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = $"select {Columns} from collection_acts where id = @Id";
        return (await connection.QuerySingleOrDefaultAsync<ActRow>(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct)))?.ToStored();
    }

    /// <summary>The act booked under the reference, read outside any transaction (after one that found it booked).</summary>
    public async Task<StoredCollectionAct?> ByReferenceAsync(string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from collection_acts where reference = @Reference";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<ActRow>(new CommandDefinition(sql, new { Reference = reference }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<IReadOnlyList<StoredCollectionAct>> OfDeclarationAsync(string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from collection_acts where declaration_id = @DeclarationId order by decided_on, recorded_at";
        await using var connection = await db.OpenConnectionAsync(ct);
        return [.. (await connection.QueryAsync<ActRow>(new CommandDefinition(sql, new { DeclarationId = declarationId }, cancellationToken: ct))).Select(r => r.ToStored())];
    }

    /// <summary>Inserts the act unless its reference is booked already (by a request sent alongside): false then, nothing written.</summary>
    public async Task<bool> TryInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, StoredCollectionAct stored, string decidedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into collection_acts (id, reference, declaration_id, demand_id, source, payer_kind, decided_on, court_reference, no_bank_account_details,
                                         payments_rub, penalties_rub, interest_rub, collected_rub, receipt_number, other_receipt_numbers, next_step_by, next_step, basis, decided_by, recorded_at)
            values (@Id, @Reference, @DeclarationId, @DemandId, @Source, @PayerKind, @DecidedOn, @CourtReference, @NoBankAccountDetails,
                    @PaymentsRub, @PenaltiesRub, @InterestRub, @CollectedRub, @ReceiptNumber, @OtherReceiptNumbers, @NextStepBy, @NextStep, @Basis, @DecidedBy, @Now)
            on conflict (reference) do nothing
            """;
        var (act, order) = (stored.Act, stored.Act.Order);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            stored.Id, order.Reference, order.DeclarationId, order.DemandId, Source = EnumCodes.Of(order.Source), PayerKind = EnumCodes.Of(order.PayerKind),
            order.DecidedOn, order.CourtReference, order.NoBankAccountDetails, act.PaymentsRub, act.PenaltiesRub, act.InterestRub, act.CollectedRub,
            ReceiptNumber = stored.ReceiptNumber.Length == 0 ? null : stored.ReceiptNumber,
            OtherReceiptNumbers = stored.OtherReceiptNumbers.ToArray(), act.NextStepBy, act.NextStep, act.Basis,
            DecidedBy = decidedBy, Now = now,
        }, transaction, cancellationToken: ct)) == 1;
    }

    private sealed class DemandRow
    {
        public Guid Id { get; init; }
        public string DeclarationId { get; init; } = "";
        public DateOnly DispatchedOn { get; init; }
        public DateOnly MeetBy { get; init; }
    }

    private sealed class ActRow
    {
        public Guid Id { get; init; }
        public string Reference { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public Guid DemandId { get; init; }
        public string Source { get; init; } = "";
        public string PayerKind { get; init; } = "";
        public DateOnly DecidedOn { get; init; }
        public string CourtReference { get; init; } = "";
        public bool NoBankAccountDetails { get; init; }
        public decimal PaymentsRub { get; init; }
        public decimal PenaltiesRub { get; init; }
        public decimal InterestRub { get; init; }
        public decimal CollectedRub { get; init; }
        public string ReceiptNumber { get; init; } = "";
        public string[] OtherReceiptNumbers { get; init; } = [];
        public DateOnly? NextStepBy { get; init; }
        public string NextStep { get; init; } = "";
        public string Basis { get; init; } = "";

        public StoredCollectionAct ToStored() => new(Id, new CollectionAct(
            new CollectionOrder(Reference, DeclarationId, DemandId, EnumCodes.Parse<CollectionSource>(Source), EnumCodes.Parse<PayerKind>(PayerKind),
                DecidedOn, CourtReference, NoBankAccountDetails),
            PaymentsRub, PenaltiesRub, CollectedRub, NextStepBy, NextStep, Basis) { InterestRub = InterestRub }, ReceiptNumber)
        {
            OtherReceiptNumbers = OtherReceiptNumbers,
        };
    }
}
