using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Demands;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>The invoices of Art. 323(7), kept among the demands (ground 'art_323_7'), written in the reassessment's transaction.</summary>
public sealed class ValueDemandStore
{
    public const string Ground = "art_323_7";

    public async Task<Guid> InsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, Demand d, DateTimeOffset issuedAt, CancellationToken ct)
    {
        const string sql = """
            insert into demands (id, declaration_id, discovered_on, dispatched_on, delivery, received_on, meet_by, meet_by_provisional,
                                 payments_rub, penalties_rub, interest_rub, dispatched_late, issued_by, issued_at, ground)
            values (@Id, @DeclarationId, @DiscoveredOn, @DispatchedOn, @Delivery, @ReceivedOn, @MeetBy, @MeetByProvisional,
                    @PaymentsRub, 0, 0, false, 'payments (Art. 323(7))', @IssuedAt, @Ground)
            """;
        var id = Guid.CreateVersion7(issuedAt);
        await c.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, d.DeclarationId, d.DiscoveredOn, d.DispatchedOn, Delivery = EnumCodes.Of(d.Delivery), d.ReceivedOn, d.MeetBy, d.MeetByProvisional,
            d.PaymentsRub, IssuedAt = issuedAt, Ground,
        }, tx, cancellationToken: ct));
        return id;
    }
}
