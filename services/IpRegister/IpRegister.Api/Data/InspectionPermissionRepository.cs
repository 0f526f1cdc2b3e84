using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Inspections;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Permissions to inspect and sample suspended goods (Art. 398).</summary>
public sealed class InspectionPermissionRepository
{
    public async Task<InspectionPermissionRow> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, InspectionPermission permission, CancellationToken ct)
    {
        var row = new InspectionPermissionRow
        {
            Id = permission.Id,
            SuspensionId = permission.SuspensionId,
            Party = EnumCodes.Of(permission.Party),
            GranteeName = permission.GranteeName,
            Actions = [.. permission.Actions.Select(EnumCodes.Of)],
            PermissionReference = permission.PermissionReference,
            GrantedOn = permission.GrantedOn,
            GrantedBy = permission.GrantedBy,
            GrantedByRole = EnumCodes.Of(permission.GrantedByRole),
            ValidUntil = permission.ValidUntil,
            ConfidentialityCondition = permission.ConfidentialityCondition,
        };
        const string sql = """
            insert into inspection_permissions (id, suspension_id, party, grantee_name, actions, permission_reference, granted_on,
                granted_by, granted_by_role, valid_until, confidentiality_condition)
            values (@Id, @SuspensionId, @Party, @GranteeName, @Actions, @PermissionReference, @GrantedOn,
                @GrantedBy, @GrantedByRole, @ValidUntil, @ConfidentialityCondition)
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: ct));
        return row;
    }

    public async Task<IReadOnlyList<InspectionPermissionRow>> ListForSuspensionAsync(NpgsqlConnection connection, Guid suspensionId, CancellationToken ct)
    {
        const string sql = "select * from inspection_permissions where suspension_id = @suspensionId order by granted_on, id";
        return [.. await connection.QueryAsync<InspectionPermissionRow>(new CommandDefinition(sql, new { suspensionId }, cancellationToken: ct))];
    }
}
