using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>The central bank's rates in PostgreSQL (the record; assessments never depend on Redis for them).</summary>
public sealed class ExchangeRateStore(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>
    /// The longest run of days the Bank sets no new rate (the New Year holidays): past it, the last rate loaded is not
    /// taken to be still in force: the day's file has not been imported, and that is said, not guessed.
    /// </summary>
    public const int MaxDaysWithoutNewRate = 10;

    /// <summary>Stores one day's rates; a rate already stored with other figures refuses the whole file.</summary>
    public async Task<int> ImportAsync(DateOnly setOn, IReadOnlyList<ExchangeRate> rates, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        const string existing = "select currency, set_on, nominal, value from exchange_rates where set_on = @SetOn for update";
        var stored = (await connection.QueryAsync<RateRow>(
            new CommandDefinition(existing, new { SetOn = setOn }, transaction, cancellationToken: ct))).ToDictionary(r => r.Currency.Trim());
        if (rates.FirstOrDefault(r => stored.TryGetValue(r.Currency, out var s) && (s.Nominal != r.Nominal || s.Value != r.Value)) is { } changed)
        {
            throw new RuleViolationException(PaymentErrors.ExchangeRatesConflict,
                $"The rate of {changed.Currency} set on {setOn:yyyy-MM-dd} is stored with other figures; a day's rates are never changed.", "Art. 326");
        }

        const string insert = """
            insert into exchange_rates (currency, set_on, nominal, value, imported_at)
            select currency, @SetOn, nominal, value, @Now
            from unnest(@Currencies, @Nominals, @Values) as r(currency, nominal, value)
            on conflict (currency, set_on) do nothing
            """;
        var added = rates.Where(r => !stored.ContainsKey(r.Currency)).ToList();
        var inserted = await connection.ExecuteAsync(new CommandDefinition(insert, new
        {
            SetOn = setOn,
            Now = clock.GetUtcNow(),
            Currencies = added.Select(r => r.Currency).ToArray(),
            Nominals = added.Select(r => r.Nominal).ToArray(),
            Values = added.Select(r => r.Value).ToArray(),
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return inserted;
    }

    /// <summary>Each currency's rate in force on <paramref name="on"/>: the last set on or before it (one round trip).</summary>
    public async Task<RateTable> RatesOnAsync(DateOnly on, IEnumerable<string> currencies, CancellationToken ct)
    {
        const string sql = """
            select distinct on (r.currency) r.currency, r.set_on, r.nominal, r.value,
                   exists (select 1 from exchange_rates later where later.currency = r.currency and later.set_on > @On) as superseded
            from exchange_rates r
            where r.currency = any(@Currencies) and r.set_on <= @On
            order by r.currency, r.set_on desc
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<RateRow>(
            new CommandDefinition(sql, new { On = on, Currencies = currencies.Distinct().ToArray() }, cancellationToken: ct));
        return new RateTable(on, rows
            .Where(r => r.Superseded || on.DayNumber - r.SetOn.DayNumber <= MaxDaysWithoutNewRate)
            .Select(r => new ExchangeRate(r.Currency.Trim(), r.SetOn, r.Nominal, r.Value)));
    }

    private sealed class RateRow
    {
        public string Currency { get; init; } = "";
        public DateOnly SetOn { get; init; }
        public int Nominal { get; init; }
        public decimal Value { get; init; }
        public bool Superseded { get; init; }
    }
}
