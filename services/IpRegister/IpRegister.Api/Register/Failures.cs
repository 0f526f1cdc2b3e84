using Grpc.Core;

namespace Customs.IpRegister.Api.Register;

/// <summary>Precise gRPC statuses for the register's use cases.</summary>
public static class Failures
{
    public static RpcException NotFound(string what) => new(new Status(StatusCode.NotFound, $"{what} was not found."));

    public static RpcException FailedPrecondition(string why) => new(new Status(StatusCode.FailedPrecondition, why));

    public static RpcException PermissionDenied(string why) => new(new Status(StatusCode.PermissionDenied, why));
}
