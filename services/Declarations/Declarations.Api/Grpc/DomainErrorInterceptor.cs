using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Domain;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Customs.Declarations.Api.Grpc;

/// <summary>Domain and store outcomes as precise status codes.</summary>
public sealed class DomainErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DeclarationRuleException ex)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, ex.Message));
        }
        catch (ConcurrencyConflictException ex)
        {
            throw new RpcException(new Status(StatusCode.Aborted, ex.Message));
        }
        catch (DeclarationNotFoundException ex)
        {
            throw new RpcException(new Status(StatusCode.NotFound, ex.Message));
        }
    }
}
