using Customs.BuildingBlocks.Identity;
using Grpc.Core;

namespace Customs.ServiceDefaults.Authentication;

public static class CallerContextExtensions
{
    /// <summary>The authenticated caller of this RPC, as its token's claims name it (built once, when the token was validated).</summary>
    public static CallerIdentity GetCaller(this ServerCallContext context) =>
        context.GetHttpContext().Items[typeof(CallerIdentity)] as CallerIdentity
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "This RPC needs a bearer token (authorization: Bearer <token>)."));
}
