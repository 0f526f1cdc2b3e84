using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class InspectionPermissionMapping
{
    public static InspectionPermission ToProto(InspectionPermissionRow row) => new()
    {
        PermissionId = row.Id.ToString(),
        SuspensionId = row.SuspensionId.ToString(),
        Party = EnumMap.To<V1.SuspensionParty>(EnumCodes.Parse<D.Notices.SuspensionParty>(row.Party)),
        GranteeName = row.GranteeName,
        Actions = { row.Actions.Select(a => EnumMap.To<V1.InspectionAction>(EnumCodes.Parse<D.Inspections.InspectionAction>(a))) },
        PermissionReference = row.PermissionReference,
        GrantedOn = WireValues.ToDate(row.GrantedOn),
        GrantedBy = row.GrantedBy,
        GrantedByRole = row.GrantedByRole,
        ValidUntil = WireValues.ToDate(row.ValidUntil),
        ConfidentialityCondition = row.ConfidentialityCondition,
    };
}
