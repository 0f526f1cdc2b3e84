using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Demands;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

public sealed class DemandStore(NpgsqlDataSource db)
{
    public async Task<Guid> InsertAsync(Demand d, string issuedBy, DateTimeOffset issuedAt, CancellationToken ct)
    {
        const string sql = """
            insert into demands (id, declaration_id, discovered_on, dispatched_on, delivery, received_on, meet_by, meet_by_provisional,
                                 payments_rub, penalties_rub, interest_rub, dispatched_late, issued_by, issued_at)
            values (@Id, @DeclarationId, @DiscoveredOn, @DispatchedOn, @Delivery, @ReceivedOn, @MeetBy, @MeetByProvisional,
                    @PaymentsRub, @PenaltiesRub, @InterestRub, @DispatchedLate, @IssuedBy, @IssuedAt)
            """;
        var id = Guid.CreateVersion7(issuedAt);
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, d.DeclarationId, d.DiscoveredOn, d.DispatchedOn, Delivery = EnumCodes.Of(d.Delivery), d.ReceivedOn, d.MeetBy, d.MeetByProvisional,
            d.PaymentsRub, d.PenaltiesRub, d.InterestRub, d.DispatchedLate, IssuedBy = issuedBy, IssuedAt = issuedAt,
        }, cancellationToken: ct));
        return id;
    }
}
