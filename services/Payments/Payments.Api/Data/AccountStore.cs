using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Payers' accounts of advances (Art. 330) and their entries.</summary>
public sealed class AccountStore(NpgsqlDataSource db)
{
    /// <summary>Books money in once per payment reference: false (and nothing changed) when the reference is booked already.</summary>
    public async Task<bool> TryCreditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AccountEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            with entry as (
                insert into account_entries (taxpayer_number, payment_reference, amount_rub, on_date, recorded_at)
                values (@TaxpayerNumber, @PaymentReference, @AmountRub, @OnDate, @Now)
                on conflict (payment_reference) do nothing
                returning amount_rub)
            insert into payer_accounts (taxpayer_number, balance_rub) select @TaxpayerNumber, amount_rub from entry
            on conflict (taxpayer_number) do update set balance_rub = payer_accounts.balance_rub + excluded.balance_rub
            """;
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            entry.TaxpayerNumber, entry.PaymentReference, entry.AmountRub, entry.OnDate, Now = now,
        }, transaction, cancellationToken: ct));
        return changed == 1;
    }

    public Task<AccountEntry?> PaymentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string paymentReference, CancellationToken ct)
    {
        const string sql = "select taxpayer_number, payment_reference, amount_rub, on_date from account_entries where payment_reference = @PaymentReference";
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

    public async Task<(decimal Balance, IReadOnlyList<AccountEntry> Entries)> ReadAsync(string taxpayerNumber, CancellationToken ct)
    {
        const string sql = """
            select coalesce((select balance_rub from payer_accounts where taxpayer_number = @TaxpayerNumber), 0);
            select taxpayer_number, payment_reference, receipt_number, declaration_id, amount_rub, on_date
            from account_entries where taxpayer_number = @TaxpayerNumber order by id;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber }, cancellationToken: ct));
        var balance = await results.ReadSingleAsync<decimal>();
        return (balance, [.. await results.ReadAsync<AccountEntry>()]);
    }
}
