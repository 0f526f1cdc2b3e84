using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Payers' accounts of advances (Art. 330) and their entries.</summary>
public sealed class AccountStore(NpgsqlDataSource db)
{
    /// <summary>
    /// Books money in once per payment reference: false (and nothing changed) when the reference is booked already. Roubles
    /// go to the rouble balance; a foreign currency (Art. 330(2)) to that currency's balance, unconverted.
    /// </summary>
    public async Task<bool> TryCreditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AccountEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        const string roubles = """
            with entry as (
                insert into account_entries (taxpayer_number, payment_reference, amount_rub, on_date, recorded_at)
                values (@TaxpayerNumber, @PaymentReference, @AmountRub, @OnDate, @Now)
                on conflict (payment_reference) do nothing
                returning amount_rub)
            insert into payer_accounts (taxpayer_number, balance_rub) select @TaxpayerNumber, amount_rub from entry
            on conflict (taxpayer_number) do update set balance_rub = payer_accounts.balance_rub + excluded.balance_rub
            """;
        const string foreign = """
            with entry as (
                insert into account_entries (taxpayer_number, payment_reference, currency, amount, on_date, recorded_at)
                values (@TaxpayerNumber, @PaymentReference, @Currency, @Amount, @OnDate, @Now)
                on conflict (payment_reference) do nothing
                returning amount)
            insert into payer_currency_balances (taxpayer_number, currency, balance) select @TaxpayerNumber, @Currency, amount from entry
            on conflict (taxpayer_number, currency) do update set balance = payer_currency_balances.balance + excluded.balance
            """;
        var changed = await connection.ExecuteAsync(new CommandDefinition(entry.InRoubles ? roubles : foreign, new
        {
            entry.TaxpayerNumber, entry.PaymentReference, entry.AmountRub, entry.OnDate, entry.Currency, entry.Amount, Now = now,
        }, transaction, cancellationToken: ct));
        return changed == 1;
    }

    public Task<AccountEntry?> PaymentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string paymentReference, CancellationToken ct)
    {
        const string sql = """
            select taxpayer_number, payment_reference, amount_rub, on_date, currency, amount from account_entries where payment_reference = @PaymentReference
            """;
        return connection.QuerySingleOrDefaultAsync<AccountEntry>(new CommandDefinition(sql, new { PaymentReference = paymentReference }, transaction, cancellationToken: ct));
    }

    /// <summary>The balance, locked until the transaction ends (0 for a payer without an account).</summary>
    public Task<decimal> LockBalanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct)
    {
        const string sql = "select coalesce((select balance_rub from payer_accounts where taxpayer_number = @TaxpayerNumber for update), 0)";
        return connection.ExecuteScalarAsync<decimal>(new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct));
    }

    /// <summary>Directs money out of the account to a declaration under a new receipt number; answers the number.</summary>
    public async Task<string> DebitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, string declarationId, decimal amountRub, DateOnly on, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update payer_accounts set balance_rub = balance_rub - @AmountRub where taxpayer_number = @TaxpayerNumber;
            insert into account_entries (taxpayer_number, receipt_number, declaration_id, amount_rub, on_date, recorded_at)
            values (@TaxpayerNumber, 'R-' || to_char(@On, 'YYYYMMDD') || '-' || nextval('receipt_numbers'), @DeclarationId, -@AmountRub, @On, @Now)
            returning receipt_number
            """;
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, new
        {
            TaxpayerNumber = taxpayerNumber, DeclarationId = declarationId, AmountRub = amountRub, On = on, Now = now,
        }, transaction, cancellationToken: ct)) ?? throw new InvalidOperationException("No receipt number was returned.");
    }

    /// <summary>The balance held in a foreign currency, locked until the transaction ends (0 when none is held).</summary>
    public Task<decimal> LockCurrencyBalanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, string currency, CancellationToken ct)
    {
        const string sql = """
            select coalesce((select balance from payer_currency_balances where taxpayer_number = @TaxpayerNumber and currency = @Currency for update), 0)
            """;
        return connection.ExecuteScalarAsync<decimal>(new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber, Currency = currency }, transaction, cancellationToken: ct));
    }

    /// <summary>Every foreign currency the payer holds (a balance above zero), locked until the transaction ends.</summary>
    public async Task<IReadOnlyList<(string Currency, decimal Balance)>> LockCurrencyBalancesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct)
    {
        const string sql = """
            select currency, balance from payer_currency_balances where taxpayer_number = @TaxpayerNumber and balance > 0 order by currency for update
            """;
        return [.. await connection.QueryAsync<(string, decimal)>(new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct))];
    }

    /// <summary>
    /// Directs <paramref name="amount"/> of a foreign currency to a declaration, where it paid <paramref name="amountRub"/> at
    /// <paramref name="rate"/> (Art. 331(3)), under a new receipt number; answers the number.
    /// </summary>
    public async Task<string> DebitCurrencyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, string declarationId, decimal amount, decimal amountRub,
        Domain.Rates.ExchangeRate rate, DateOnly rateOn, DateOnly on, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update payer_currency_balances set balance = balance - @Amount where taxpayer_number = @TaxpayerNumber and currency = @Currency;
            insert into account_entries (taxpayer_number, receipt_number, declaration_id, currency, amount, amount_rub, rate_set_on, rate_nominal, rate_value, rate_on, on_date, recorded_at)
            values (@TaxpayerNumber, 'R-' || to_char(@On, 'YYYYMMDD') || '-' || nextval('receipt_numbers'), @DeclarationId, @Currency, -@Amount, -@AmountRub,
                    @SetOn, @Nominal, @Value, @RateOn, @On, @Now)
            returning receipt_number
            """;
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(sql, new
        {
            TaxpayerNumber = taxpayerNumber, DeclarationId = declarationId, rate.Currency, Amount = amount, AmountRub = amountRub,
            rate.SetOn, rate.Nominal, rate.Value, RateOn = rateOn, On = on, Now = now,
        }, transaction, cancellationToken: ct)) ?? throw new InvalidOperationException("No receipt number was returned.");
    }

    public async Task<PayerAccountView> ReadAsync(string taxpayerNumber, CancellationToken ct)
    {
        const string sql = """
            select coalesce((select balance_rub from payer_accounts where taxpayer_number = @TaxpayerNumber), 0);
            select currency, balance from payer_currency_balances where taxpayer_number = @TaxpayerNumber and balance > 0 order by currency;
            select taxpayer_number, payment_reference, receipt_number, declaration_id, amount_rub, on_date, currency, amount, rate_set_on, rate_nominal, rate_value, rate_on
            from account_entries where taxpayer_number = @TaxpayerNumber order by id;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber }, cancellationToken: ct));
        var balance = await results.ReadSingleAsync<decimal>();
        var foreign = (await results.ReadAsync<(string Currency, decimal Balance)>()).ToList();
        return new PayerAccountView(balance, foreign, [.. await results.ReadAsync<AccountEntry>()]);
    }
}
