using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Rates;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Proceeds of collection acts (Arts. 351(3), 352(6), 353(3)), once per payment reference.</summary>
public sealed class ProceedsStore(NpgsqlDataSource db)
{
    private const string Columns = """
        payment_reference, act_id, amount_rub, received_on, to_payments_rub, to_interest_rub, to_penalties_rub, excess_rub,
        currency, amount, rate_set_on, rate_nominal, rate_value
        """;

    /// <summary>Inserts the proceeds unless the reference is booked already: false then, nothing written.</summary>
    public async Task<bool> TryInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CollectionProceeds p, string declarationId, ProceedsApplied applied, string recordedBy,
        DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into collection_proceeds (payment_reference, act_id, declaration_id, amount_rub, received_on, to_payments_rub, to_interest_rub,
                                             to_penalties_rub, excess_rub, currency, amount, rate_set_on, rate_nominal, rate_value, recorded_by, recorded_at)
            values (@PaymentReference, @ActId, @DeclarationId, @AmountRub, @ReceivedOn, @ToPaymentsRub, @ToInterestRub, @ToPenaltiesRub, @ExcessRub,
                    @Currency, @Amount, @RateSetOn, @RateNominal, @RateValue, @RecordedBy, @Now)
            on conflict (payment_reference) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            p.PaymentReference, p.ActId, DeclarationId = declarationId, p.AmountRub, p.ReceivedOn, applied.ToPaymentsRub, applied.ToInterestRub,
            applied.ToPenaltiesRub, applied.ExcessRub, p.Currency, p.Amount, RateSetOn = p.Rate?.SetOn, RateNominal = p.Rate?.Nominal, RateValue = p.Rate?.Value,
            RecordedBy = recordedBy, Now = now,
        }, transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>The proceeds booked under the reference; without a transaction, read on a connection of its own.</summary>
    public async Task<(CollectionProceeds Proceeds, ProceedsApplied Applied)?> ByReferenceAsync(
        string reference, CancellationToken ct, NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        const string sql = $"select {Columns} from collection_proceeds where payment_reference = @Reference";
        await using var own = connection is null ? await db.OpenConnectionAsync(ct) : null;
        var row = await (connection ?? own!).QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { Reference = reference }, transaction, cancellationToken: ct));
        return row is null ? null : (new CollectionProceeds(row.PaymentReference, row.ActId, row.AmountRub, row.ReceivedOn)
            {
                Currency = row.Currency.Trim(), Amount = row.Amount ?? row.AmountRub,
                Rate = row.RateSetOn is { } setOn ? new ExchangeRate(row.Currency.Trim(), setOn, row.RateNominal!.Value, row.RateValue!.Value) : null,
            },
            new ProceedsApplied(row.ToPaymentsRub, row.ToInterestRub, row.ToPenaltiesRub, row.ExcessRub));
    }

    private sealed class Row
    {
        public string PaymentReference { get; init; } = "";
        public Guid ActId { get; init; }
        public decimal AmountRub { get; init; }
        public DateOnly ReceivedOn { get; init; }
        public decimal ToPaymentsRub { get; init; }
        public decimal ToInterestRub { get; init; }
        public decimal ToPenaltiesRub { get; init; }
        public decimal ExcessRub { get; init; }
        public string Currency { get; init; } = "RUB";
        public decimal? Amount { get; init; }
        public DateOnly? RateSetOn { get; init; }
        public int? RateNominal { get; init; }
        public decimal? RateValue { get; init; }
    }
}
