using Customs.BuildingBlocks.Data;
using Customs.ServiceDefaults;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class InspectionPermissionMapping
{
    public static InspectionPermission ToProto(D.Inspections.InspectionPermission permission) => new()
    {
        PermissionId = permission.Id.ToString(),
        SuspensionId = permission.SuspensionId.ToString(),
        Party = EnumMap.To<V1.SuspensionParty>(permission.Party),
        GranteeName = permission.GranteeName,
        Actions = { permission.Actions.Select(a => EnumMap.To<V1.InspectionAction>(a)) },
        PermissionReference = permission.PermissionReference,
        GrantedOn = WireValues.ToDate(permission.GrantedOn),
        GrantedBy = permission.GrantedBy,
        GrantedByRole = EnumCodes.Of(permission.GrantedByRole),
        ValidUntil = WireValues.ToDate(permission.ValidUntil),
        ConfidentialityCondition = permission.ConfidentialityCondition,
    };
}
