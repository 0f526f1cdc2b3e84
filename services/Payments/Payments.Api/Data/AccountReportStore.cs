using System.Text.Json;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Payments;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Reports of the use of advances (Art. 330(4)), kept as issued.</summary>
public sealed class AccountReportStore(NpgsqlDataSource db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = """
        report_number, taxpayer_number, request_reference, requested_on, due_by, issued_on, report::text as report, issued_by, issued_at
        """;

    /// <summary>
    /// Keeps the report under a new number unless (payer, request_reference) has one already (or a request sent alongside
    /// took it): null then, nothing written.
    /// </summary>
    public async Task<StoredAccountReport?> TryInsertAsync(
        string requestReference, DateOnly requestedOn, DateOnly issuedOn, AccountUseReport report, string issuedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = $"""
            insert into account_use_reports (report_number, taxpayer_number, request_reference, requested_on, due_by, period_from, period_to, issued_on,
                                             report, issued_by, issued_at)
            values ('AR-' || to_char(@IssuedOn, 'YYYYMMDD') || '-' || nextval('account_report_numbers'), @TaxpayerNumber, @RequestReference, @RequestedOn,
                    @DueBy, @PeriodFrom, @PeriodTo, @IssuedOn, cast(@Report as jsonb), @IssuedBy, @Now)
            on conflict (taxpayer_number, request_reference) do nothing
            returning {Columns}
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new
        {
            report.TaxpayerNumber, RequestReference = requestReference, RequestedOn = requestedOn, DueBy = AccountUseReport.DueBy(requestedOn),
            report.PeriodFrom, report.PeriodTo, IssuedOn = issuedOn, Report = JsonSerializer.Serialize(report, Json), IssuedBy = issuedBy, Now = now,
        }, cancellationToken: ct));
        return row?.ToStored();
    }

    public async Task<StoredAccountReport?> ByReferenceAsync(string taxpayerNumber, string requestReference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from account_use_reports where taxpayer_number = @TaxpayerNumber and request_reference = @RequestReference";
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new
        {
            TaxpayerNumber = taxpayerNumber, RequestReference = requestReference,
        }, cancellationToken: ct));
        return row?.ToStored();
    }

    public async Task<StoredAccountReport?> ByNumberAsync(string reportNumber, CancellationToken ct)
    {
        const string sql = $"select {Columns} from account_use_reports where report_number = @ReportNumber";
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, new { ReportNumber = reportNumber }, cancellationToken: ct));
        return row?.ToStored();
    }

    private sealed class Row
    {
        public string ReportNumber { get; init; } = "";
        public string TaxpayerNumber { get; init; } = "";
        public string RequestReference { get; init; } = "";
        public DateOnly RequestedOn { get; init; }
        public DateOnly DueBy { get; init; }
        public DateOnly IssuedOn { get; init; }
        public string Report { get; init; } = "";
        public string IssuedBy { get; init; } = "";
        public DateTimeOffset IssuedAt { get; init; }

        public StoredAccountReport ToStored() => new(
            ReportNumber, RequestReference, RequestedOn, DueBy, IssuedOn, IssuedAt, IssuedBy,
            JsonSerializer.Deserialize<AccountUseReport>(Report, Json) ?? throw new InvalidOperationException($"Report {ReportNumber} has no body."));
    }
}
