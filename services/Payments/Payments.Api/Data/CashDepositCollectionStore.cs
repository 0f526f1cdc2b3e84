using Customs.Payments.Api.Domain.Securities;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Collections of arrears from cash deposits (migration 0028), one per reference.</summary>
public sealed class CashDepositCollectionStore
{
    public async Task<StoredDepositCollection?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            select collection_reference, security_id, declaration_id, demand_id, collected_on, amount_rub, to_payments_rub, to_interest_rub, to_penalties_rub, notice_by
            from cash_deposit_collections where collection_reference = @Reference
            """, new { Reference = reference }, transaction, cancellationToken: ct)))?.ToStored();

    public Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredDepositCollection c, string by, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into cash_deposit_collections (collection_reference, security_id, declaration_id, demand_id, collected_on, amount_rub, to_payments_rub,
                                                  to_interest_rub, to_penalties_rub, notice_by, decided_by, decided_at)
            values (@Reference, @SecurityId, @DeclarationId, @DemandId, @CollectedOn, @AmountRub, @ToPaymentsRub, @ToInterestRub, @ToPenaltiesRub, @NoticeBy, @By, @Now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            c.Reference, c.SecurityId, c.DeclarationId, c.DemandId, c.CollectedOn, c.Collection.AmountRub, c.Collection.ToPaymentsRub, c.Collection.ToInterestRub,
            c.Collection.ToPenaltiesRub, c.Collection.NoticeBy, By = by, Now = now,
        }, transaction, cancellationToken: ct));
    }

    private sealed class Row
    {
        public string CollectionReference { get; init; } = "";
        public Guid SecurityId { get; init; }
        public string DeclarationId { get; init; } = "";
        public Guid DemandId { get; init; }
        public DateOnly CollectedOn { get; init; }
        public decimal AmountRub { get; init; }
        public decimal ToPaymentsRub { get; init; }
        public decimal ToInterestRub { get; init; }
        public decimal ToPenaltiesRub { get; init; }
        public DateOnly NoticeBy { get; init; }

        public StoredDepositCollection ToStored() => new(CollectionReference, SecurityId, DeclarationId, DemandId, CollectedOn,
            new DepositCollection(AmountRub, ToPaymentsRub, ToInterestRub, ToPenaltiesRub, NoticeBy));
    }
}
