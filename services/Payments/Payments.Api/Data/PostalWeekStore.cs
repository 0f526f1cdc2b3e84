using Customs.Payments.Api.Domain.Assessment;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Art. 319(2)[2]: each recipient's declared customs value per calendar week, locked while a parcel is counted onto it.</summary>
public sealed class PostalWeekStore
{
    public async Task<PostalWeek> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string recipientId, DateOnly on, CancellationToken ct)
    {
        const string sql = """
            insert into postal_weeks (recipient_id, monday, declared_rub) values (@RecipientId, @Monday, 0)
            on conflict (recipient_id, monday) do nothing;
            select declared_rub from postal_weeks where recipient_id = @RecipientId and monday = @Monday for update;
            """;
        var monday = PostalWeek.MondayOf(on);
        var declared = await connection.ExecuteScalarAsync<decimal>(
            new CommandDefinition(sql, new { RecipientId = recipientId, Monday = monday }, transaction, cancellationToken: ct));
        return new PostalWeek(recipientId, monday, declared);
    }

    public Task SetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostalWeek week, decimal declaredRub, CancellationToken ct)
    {
        const string sql = "update postal_weeks set declared_rub = @DeclaredRub where recipient_id = @RecipientId and monday = @Monday";
        return connection.ExecuteAsync(new CommandDefinition(sql,
            new { week.RecipientId, week.Monday, DeclaredRub = declaredRub }, transaction, cancellationToken: ct));
    }
}
