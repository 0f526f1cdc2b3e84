using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Domain;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>Paged lists of declarations (keyset paging on filing time and id).</summary>
public sealed class DeclarationSearch(NpgsqlDataSource dataSource, DeclarationRepository repository)
{
    public async Task<(IReadOnlyList<Declaration> Page, PageCursor? Next)> ListAsync(
        DeclarationFilter filter, int pageSize, PageCursor? after, CancellationToken ct)
    {
        const string sql = """
            select id, filed_at from declarations
             where (cast(@FiledBy as text) is null or filed_by = @FiledBy)
               and (cast(@Taxpayer as text) is null or declarant_taxpayer_number = @Taxpayer)
               and (cast(@Status as text) is null or status = @Status)
               and (cast(@Office as text) is null or customs_office_code = @Office)
               and (cast(@From as timestamptz) is null or filed_at >= @From and (filed_at at time zone office_time_zone)::date >= @FromDay)
               and (cast(@Before as timestamptz) is null or filed_at < @Before and (filed_at at time zone office_time_zone)::date <= @ToDay)
               and (cast(@AfterAt as timestamptz) is null or (filed_at, id) > (cast(@AfterAt as timestamptz), @AfterId))
             order by filed_at, id
             limit @Limit
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var keys = (await connection.QueryAsync<(Guid Id, DateTime FiledAt)>(new CommandDefinition(sql, new
        {
            filter.FiledBy,
            Taxpayer = filter.DeclarantTaxpayerNumber,
            Status = filter.Status is { } status ? EnumCodes.Of(status) : null,
            Office = filter.CustomsOfficeCode,
            // Instants no office's day can begin before or end after (UTC+14 to UTC-12) keep the filing index in use; the
            // office's own day then decides.
            From = filter.FiledFrom is { } from && from > DateOnly.MinValue
                ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(14)).ToUniversalTime() : (DateTimeOffset?)null,
            FromDay = filter.FiledFrom,
            Before = filter.FiledTo is { } to && to < DateOnly.MaxValue.AddDays(-1)
                ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-12)).ToUniversalTime() : (DateTimeOffset?)null,
            ToDay = filter.FiledTo,
            AfterAt = after?.After,
            AfterId = after?.AfterId ?? Guid.Empty,
            Limit = pageSize + 1,
        }, cancellationToken: ct))).ToList();
        return await PageAsync(connection, keys.Select(k => (k.Id, new DateTimeOffset(DateTime.SpecifyKind(k.FiledAt, DateTimeKind.Utc)))).ToList(), pageSize, ct);
    }

    /// <summary>Art. 359(1): declarations still under control after their third working day, oldest deadline first.</summary>
    public async Task<(IReadOnlyList<Declaration> Page, PageCursor? Next)> ListOverdueAsync(
        string? customsOfficeCode, DateTimeOffset now, int pageSize, PageCursor? after, CancellationToken ct)
    {
        const string sql = """
            select id, control_deadline from declarations
             where status in ('registered', 'under_control')
               -- Overdue from the day after the deadline at the office: its own date, in its own time zone.
               and control_deadline < cast(cast(@Now as timestamptz) at time zone office_time_zone as date)
               and (cast(@Office as text) is null or customs_office_code = @Office)
               and (cast(@AfterAt as date) is null or (control_deadline, id) > (cast(@AfterAt as date), @AfterId))
             order by control_deadline, id
             limit @Limit
            """;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var keys = (await connection.QueryAsync<(Guid Id, DateTime Deadline)>(new CommandDefinition(sql, new
        {
            Now = now,
            Office = customsOfficeCode,
            AfterAt = after is null ? (DateTime?)null : after.After.UtcDateTime.Date,
            AfterId = after?.AfterId ?? Guid.Empty,
            Limit = pageSize + 1,
        }, cancellationToken: ct))).ToList();
        return await PageAsync(connection, keys.Select(k => (k.Id, new DateTimeOffset(DateTime.SpecifyKind(k.Deadline, DateTimeKind.Utc)))).ToList(), pageSize, ct);
    }

    private async Task<(IReadOnlyList<Declaration>, PageCursor?)> PageAsync(
        NpgsqlConnection connection, List<(Guid Id, DateTimeOffset Key)> keys, int pageSize, CancellationToken ct)
    {
        var page = keys.Take(pageSize).ToList();
        var next = keys.Count > pageSize ? new PageCursor(page[^1].Key, page[^1].Id) : null;
        return (await repository.LoadAsync(connection, null, [.. page.Select(k => k.Id)], ct), next);
    }
}
