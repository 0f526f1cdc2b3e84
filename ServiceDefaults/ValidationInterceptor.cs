using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Customs.ServiceDefaults;

/// <summary>The one place that turns validation failures into <c>InvalidArgument</c> with field violations.</summary>
public sealed class ValidationInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RequestValidationException ex)
        {
            throw ToRpcException(ex);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (RequestValidationException ex)
        {
            throw ToRpcException(ex);
        }
    }

    public static RpcException ToRpcException(RequestValidationException ex)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(ex.Violations.Select(v =>
            new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = ex.Message,
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }
}
