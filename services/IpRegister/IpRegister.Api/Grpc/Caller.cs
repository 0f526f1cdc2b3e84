using Customs.IpRegister.Api.Domain.Suspensions;
using Grpc.Core;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The one place that reads the caller's identity from the gRPC metadata.</summary>
public static class Caller
{
    public static OfficerRole Role(ServerCallContext context) =>
        SuspensionAuthority.Parse(context.RequestHeaders.GetValue("x-officer-role"));

    public static string OfficerId(ServerCallContext context) =>
        context.RequestHeaders.GetValue("x-officer-id") ?? "unknown";
}
