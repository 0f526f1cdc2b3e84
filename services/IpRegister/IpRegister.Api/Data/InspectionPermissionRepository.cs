using Customs.IpRegister.Api.Domain.Inspections;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Permissions to inspect and sample suspended goods (Art. 398).</summary>
public sealed class InspectionPermissionRepository
{
    public async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, InspectionPermission permission, CancellationToken ct)
    {
        const string sql = """
            insert into inspection_permissions (id, suspension_id, party, grantee_name, actions, permission_reference, granted_on,
                granted_by, granted_by_role, valid_until, confidentiality_condition)
            values (@Id, @SuspensionId, @Party, @GranteeName, @Actions, @PermissionReference, @GrantedOn,
                @GrantedBy, @GrantedByRole, @ValidUntil, @ConfidentialityCondition)
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, InspectionPermissionRow.From(permission), transaction, cancellationToken: ct));
    }

    /// <summary>Every permission of the suspension runs to <paramref name="validUntil"/> (Art. 398(1) after an extension).</summary>
    public async Task ExtendForSuspensionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid suspensionId, DateOnly validUntil, CancellationToken ct)
    {
        const string sql = "update inspection_permissions set valid_until = @validUntil where suspension_id = @suspensionId and valid_until < @validUntil";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { suspensionId, validUntil }, transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<InspectionPermission>> ListForSuspensionAsync(NpgsqlConnection connection, Guid suspensionId, CancellationToken ct)
    {
        const string sql = "select * from inspection_permissions where suspension_id = @suspensionId order by granted_on, id";
        var rows = await connection.QueryAsync<InspectionPermissionRow>(new CommandDefinition(sql, new { suspensionId }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }
}
