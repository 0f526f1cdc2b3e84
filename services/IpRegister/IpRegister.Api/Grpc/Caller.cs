using Customs.BuildingBlocks.Identity;
using Grpc.Core;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The one place that reads the caller's identity from the gRPC metadata.</summary>
public static class Caller
{
    /// <summary>The suite's roles (<see cref="OfficerRoles"/>); anything else is <see cref="OfficerRole.Unspecified"/>.</summary>
    public static OfficerRole Role(ServerCallContext context) =>
        OfficerRoles.Parse(context.RequestHeaders.GetValue(OfficerRoles.Header));

    public static string OfficerId(ServerCallContext context) =>
        context.RequestHeaders.GetValue("x-officer-id") ?? "unknown";
}
