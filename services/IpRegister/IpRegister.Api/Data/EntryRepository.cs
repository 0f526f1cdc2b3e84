using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Entries;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Register entries (Arts. 395-396).</summary>
public sealed class EntryRepository
{
    private const string Columns = """
        id, entry_number, application_id, object_kind, object_name, registration_number, object_classes, protection_ends_on,
        right_holder_name, right_holder_address, applicant_name, applicant_address, applicant_capacity, tariff_codes, brand_spellings,
        normalised_brands, entered_on, valid_until, security_valid_until, security_kind, security_amount, security_currency, security_reference,
        status, excluded_on, exclusion_reason, changed_at
        """;

    public static readonly string Active = EnumCodes.Of(EntryStatus.Active);

    /// <returns>The entry with the number the register gave it.</returns>
    public async Task<RegisterEntry> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntry entry, CancellationToken ct)
    {
        const string sql = """
            insert into register_entries (id, application_id, object_kind, object_name, registration_number, object_classes,
                protection_ends_on, right_holder_name, right_holder_address, applicant_name, applicant_address, applicant_capacity, tariff_codes,
                brand_spellings, normalised_brands, entered_on, valid_until, security_valid_until, security_kind, security_amount,
                security_currency, security_reference, status, changed_at)
            values (@Id, @ApplicationId, @ObjectKind, @ObjectName, @RegistrationNumber, @ObjectClasses, @ProtectionEndsOn,
                @RightHolderName, @RightHolderAddress, @ApplicantName, @ApplicantAddress, @ApplicantCapacity, @TariffCodes, @BrandSpellings,
                @NormalisedBrands, @EnteredOn, @ValidUntil, @SecurityValidUntil, @SecurityKind, @SecurityAmount,
                @SecurityCurrency, @SecurityReference, @Status, @ChangedAt)
            returning entry_number
            """;
        var number = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, EntryRow.From(entry), transaction, cancellationToken: ct));
        return entry with { EntryNumber = number };
    }

    public async Task<RegisterEntry?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, bool forUpdate, CancellationToken ct)
    {
        var sql = $"select {Columns} from register_entries where id = @id" + (forUpdate ? " for update" : "");
        var row = await connection.QuerySingleOrDefaultAsync<EntryRow>(new CommandDefinition(sql, new { id }, transaction, cancellationToken: ct));
        return row?.ToDomain();
    }

    /// <summary>Art. 395(4): the published list — entries in force on a day, in entry order, paged by entry number.</summary>
    public async Task<IReadOnlyList<RegisterEntry>> ListPublishedAsync(NpgsqlConnection connection, DateOnly on, long after, int limit, CancellationToken ct)
    {
        var sql = $"""
            select {Columns} from register_entries
            where status = @Active and entered_on <= @on and valid_until >= @on and entry_number > @after
            order by entry_number
            limit @limit
            """;
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(sql, new { Active, on, after, limit }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>Active entries whose security lapsed or protection ended before <paramref name="today"/> (Art. 395(3)).</summary>
    public async Task<IReadOnlyList<RegisterEntry>> LockLapsedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly today, int limit, CancellationToken ct)
    {
        var sql = $"""
            select {Columns} from register_entries
            where status = @Active and (security_valid_until < @today or protection_ends_on < @today)
            order by entry_number limit @limit
            for update skip locked
            """;
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(sql, new { Active, today, limit }, transaction, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>Art. 396: the extended term and the security that covers it.</summary>
    public async Task UpdateTermAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntry entry, CancellationToken ct)
    {
        const string sql = """
            update register_entries set valid_until = @ValidUntil, security_valid_until = @SecurityValidUntil, security_kind = @SecurityKind,
                security_amount = @SecurityAmount, security_currency = @SecurityCurrency, security_reference = @SecurityReference,
                changed_at = @ChangedAt
            where id = @Id
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, EntryRow.From(entry), transaction, cancellationToken: ct));
    }

    public async Task ExcludeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntry entry, CancellationToken ct)
    {
        const string sql = """
            update register_entries set status = @Status, excluded_on = @ExcludedOn, exclusion_reason = @ExclusionReason, changed_at = @ChangedAt
            where id = @Id
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, EntryRow.From(entry), transaction, cancellationToken: ct));
    }

    public async Task TouchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = "update register_entries set changed_at = @at where id = @id";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { id, at }, transaction, cancellationToken: ct));
    }
}
