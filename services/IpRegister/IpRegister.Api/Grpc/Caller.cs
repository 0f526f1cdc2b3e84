using Customs.IpRegister.Api.Domain;
using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Identity;
using Grpc.Core;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The one place that reads the caller's identity from the gRPC metadata.</summary>
public static class Caller
{
    /// <summary>The suite's roles (<see cref="OfficerRoles"/>); anything else is <see cref="OfficerRole.Unspecified"/>.</summary>
    public static OfficerRole Role(ServerCallContext context) =>
        OfficerRoles.Parse(context.RequestHeaders.GetValue(OfficerRoles.Header));

    /// <summary>
    /// The register's decisions are acts of customs (Arts. 394(5), 395(3), 396): the right-holder applies, an officer
    /// decides and records. Anyone else gets PermissionDenied.
    /// </summary>
    public static void RequireOfficer(ServerCallContext context, string act)
    {
        if (!Role(context).IsOfficer())
        {
            throw new PermissionDeniedException(Domain.RegisterErrors.OfficerRequired,
                $"Only a customs officer ({string.Join(", ", OfficerRoles.Codes)} in {OfficerRoles.Header}) {act}.");
        }
    }

    public static string OfficerId(ServerCallContext context) =>
        context.RequestHeaders.GetValue("x-officer-id") ?? "unknown";
}
