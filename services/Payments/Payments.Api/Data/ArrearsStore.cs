using Customs.Payments.Api.Domain.Payments;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Obligations whose term has run out unpaid at their office (Art. 329), marked once with the day arrears arose (migration 0006).</summary>
public sealed class ArrearsStore
{
    /// <summary>
    /// Up to <paramref name="limit"/> unpaid obligations whose office's day after the term has begun by <paramref name="now"/>
    /// (arrears_from, migration 0012), locked; others' locks skipped.
    /// </summary>
    public async Task<IReadOnlyList<UnpaidObligation>> DueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int limit, CancellationToken ct)
    {
        const string sql = """
            select declaration_id, payer, due_date, assessed_rub, paid_rub, deferred_parts::text as deferred_parts, categories::text as categories
            from obligations
            where arrears_arose_on is null and settled_at is null and arrears_from <= @Now and assessed_rub > paid_rub
            order by arrears_from
            limit @Limit
            for update skip locked
            """;
        return [.. await connection.QueryAsync<UnpaidObligation>(new CommandDefinition(sql, new { Now = now, Limit = limit }, transaction, cancellationToken: ct))];
    }

    public Task MarkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, DateOnly aroseOn, CancellationToken ct)
    {
        const string sql = "update obligations set arrears_arose_on = @AroseOn where declaration_id = @DeclarationId and arrears_arose_on is null";
        return connection.ExecuteAsync(new CommandDefinition(sql, new { DeclarationId = declarationId, AroseOn = aroseOn }, transaction, cancellationToken: ct));
    }

    public sealed class UnpaidObligation
    {
        public string DeclarationId { get; init; } = "";
        public string Payer { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public decimal AssessedRub { get; init; }
        public decimal PaidRub { get; init; }
        public string DeferredParts { get; init; } = "[]";
        public string Categories { get; init; } = "[]";

        /// <summary>The term missed (under a deferral, the first part not paid in full) and what is in arrears after it.</summary>
        public (DateOnly MissedTerm, decimal ArrearsRub) Missed()
        {
            var obligation = new Obligation(DeclarationId, DueDate, AssessedRub, PaidRub, 0, 0, null)
            {
                Deferred = ObligationStore.DeferredPartsOf(DeferredParts), Categories = ObligationStore.CategoriesOf(Categories),
            };
            var term = obligation.NextDueDate;
            return (term, obligation.ArrearsOn(PaymentTerm.ArrearsFrom(term)));
        }
    }
}
