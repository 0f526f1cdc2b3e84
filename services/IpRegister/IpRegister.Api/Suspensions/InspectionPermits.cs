using Customs.BuildingBlocks.Data;
using Customs.ServiceDefaults;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Inspections;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Api.Register;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>Art. 398: officers grant the parties written permission to sample and inspect suspended goods, on confidentiality.</summary>
public sealed class InspectionPermits(
    NpgsqlDataSource dataSource, SuspensionRepository suspensions, InspectionPermissionRepository permissions, TimeProvider clock,
    ILogger<InspectionPermits> logger)
{
    public async Task<InspectionPermission> GrantAsync(
        Guid suspensionId, SuspensionParty party, string granteeName, IReadOnlyList<InspectionAction> actions, string reference,
        string officerId, OfficerRole role, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Locked so that a lifting cannot commit between the check and the grant.
        var suspension = await suspensions.GetAsync(connection, transaction, suspensionId, forUpdate: true, ct)
            ?? throw SuspensionCommands.NotFound(suspensionId);
        var permission = InspectionPermission.Grant(
            Guid.CreateVersion7(now), suspension, party, granteeName, actions, reference,
            OfficeDate.At(suspension.Context.CustomsOfficeCode, now), officerId, role);

        await permissions.InsertAsync(connection, transaction, permission, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Permission {Reference} to {Party} {Grantee} on suspension {SuspensionId}: {Actions}, confidential (Art. 398(3))",
            permission.PermissionReference, EnumCodes.Of(permission.Party), permission.GranteeName, suspensionId,
            string.Join(", ", permission.Actions.Select(EnumCodes.Of)));
        return permission;
    }

    public async Task<IReadOnlyList<InspectionPermission>> ListForAsync(Guid suspensionId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await permissions.ListForSuspensionAsync(connection, suspensionId, ct);
    }
}
