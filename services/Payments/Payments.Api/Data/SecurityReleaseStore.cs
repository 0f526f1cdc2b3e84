using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Securities;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>The ends of whole securities (migration 0014), one per release reference.</summary>
public sealed class SecurityReleaseStore
{
    public async Task<SecurityRelease?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<ReleaseRow>(new CommandDefinition("""
            select release_reference, security_id, disposition, released_on, refund_rub, kept_for_arrears_rub, refund_currency, refund_amount, refunding_office_code
            from security_releases where release_reference = @Reference
            """, new { Reference = reference }, transaction, cancellationToken: ct)))?.ToRelease();

    /// <summary>The day the security's last obligation ended (its acceptance day when it secured none).</summary>
    public Task<DateOnly> FulfilledOnAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Security security, CancellationToken ct) =>
        connection.ExecuteScalarAsync<DateOnly>(new CommandDefinition(
            "select coalesce(max(ended_on), @AcceptedOn) from security_reservations where security_id = @Id",
            new { security.Id, security.AcceptedOn }, transaction, cancellationToken: ct));

    /// <summary>Records the end; a release or a refund takes the security out of force, a deposit kept stays in force (345(4)).</summary>
    public Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SecurityRelease r, string by, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into security_releases (release_reference, security_id, disposition, released_on, refund_rub, kept_for_arrears_rub, released_by, released_at,
                                           refund_currency, refund_amount, refunding_office_code)
            values (@Reference, @SecurityId, @Disposition, @ReleasedOn, @RefundRub, @KeptForArrearsRub, @By, @Now, @RefundCurrency, @RefundAsPaid, @Office);
            update securities set status = @Disposition, refunded_rub = refunded_rub + @RefundRub where id = @SecurityId and @Disposition <> 'kept';
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            r.Reference, r.SecurityId, Disposition = EnumCodes.Of(r.Disposition), r.ReleasedOn, r.RefundRub, r.KeptForArrearsRub, By = by, Now = now,
            r.RefundCurrency, r.RefundAsPaid, Office = r.RefundingOfficeCode.Length == 0 ? null : r.RefundingOfficeCode,
        }, transaction, cancellationToken: ct));
    }

    private sealed class ReleaseRow
    {
        public string ReleaseReference { get; init; } = "";
        public Guid SecurityId { get; init; }
        public string Disposition { get; init; } = "";
        public DateOnly ReleasedOn { get; init; }
        public decimal RefundRub { get; init; }
        public decimal KeptForArrearsRub { get; init; }
        public string RefundCurrency { get; init; } = "RUB";
        public decimal? RefundAmount { get; init; }
        public string? RefundingOfficeCode { get; init; }

        public SecurityRelease ToRelease() =>
            new(ReleaseReference, SecurityId, EnumCodes.Parse<SecurityDisposition>(Disposition), ReleasedOn, RefundRub, KeptForArrearsRub)
            {
                RefundCurrency = RefundCurrency.Trim(), RefundAsPaid = RefundAmount ?? RefundRub, RefundingOfficeCode = RefundingOfficeCode ?? "",
            };
    }
}
