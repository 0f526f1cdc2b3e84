using Customs.Payments.Api.Domain.Guarantors;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>The register of insurers of Art. 347(2) (migration 0037).</summary>
public sealed class InsuranceRegisterStore
{
    private const string Columns = "id, taxpayer_number, name, entered_from, excluded_from, act, coalesce(exclusion_reason, '') as exclusion_reason";

    /// <summary>The insurer's stay that covers <paramref name="on"/>, if any.</summary>
    public async Task<InsuranceRegisterEntry?> EntryOnAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string taxpayerNumber, DateOnly on, CancellationToken ct) =>
        (await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition($"""
            select {Columns} from insurance_register
            where taxpayer_number = @TaxpayerNumber and entered_from <= @On and (excluded_from is null or excluded_from > @On)
            """, new { TaxpayerNumber = taxpayerNumber, On = on }, transaction, cancellationToken: ct)))?.ToEntry();

    /// <summary>The insurer's stay entered from that day (the same entry sent again).</summary>
    public async Task<InsuranceRegisterEntry?> StayFromAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, DateOnly enteredFrom, CancellationToken ct) =>
        (await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition($"""
            select {Columns} from insurance_register where taxpayer_number = @TaxpayerNumber and entered_from = @EnteredFrom
            """, new { TaxpayerNumber = taxpayerNumber, EnteredFrom = enteredFrom }, transaction, cancellationToken: ct)))?.ToEntry();

    /// <summary>The insurer's latest stay.</summary>
    public async Task<InsuranceRegisterEntry?> LatestStayAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct) =>
        (await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition($"""
            select {Columns} from insurance_register where taxpayer_number = @TaxpayerNumber order by entered_from desc limit 1
            """, new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct)))?.ToEntry();

    /// <summary>Inserts the stay unless one of its day, an open one or one lasting past its day exists (false then).</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, InsuranceRegisterEntry e, string by, DateTimeOffset now, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into insurance_register (id, taxpayer_number, name, entered_from, act, entered_by, entered_at)
            select @Id, @TaxpayerNumber, @Name, @EnteredFrom, @Act, @By, @Now
            where not exists (select 1 from insurance_register where taxpayer_number = @TaxpayerNumber and (excluded_from is null or excluded_from > @EnteredFrom))
            on conflict do nothing
            """, new { e.Id, e.TaxpayerNumber, e.Name, e.EnteredFrom, e.Act, By = by, Now = now }, transaction, cancellationToken: ct)) == 1;

    public Task ExcludeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateOnly excludedFrom, string reason, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "update insurance_register set excluded_from = @ExcludedFrom, exclusion_reason = @Reason where id = @Id",
            new { Id = id, ExcludedFrom = excludedFrom, Reason = reason }, transaction, cancellationToken: ct));

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string TaxpayerNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public DateOnly EnteredFrom { get; init; }
        public DateOnly? ExcludedFrom { get; init; }
        public string Act { get; init; } = "";
        public string ExclusionReason { get; init; } = "";

        public InsuranceRegisterEntry ToEntry() => new(Id, TaxpayerNumber, Name, EnteredFrom, ExcludedFrom, Act, ExclusionReason);
    }
}
