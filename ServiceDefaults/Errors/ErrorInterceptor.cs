using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Customs.ServiceDefaults;

/// <summary>
/// The one place that turns failures into gRPC statuses. Before the handler runs, the request's shape is checked against
/// the limits its proto declares (<see cref="WireRules"/>). After, <see cref="DomainException"/>s become their status with a
/// <c>google.rpc.ErrorInfo</c> (reason, the service's package as domain, the legal basis); an <c>RpcException</c> without
/// details (from the host) gets one named after its code; anything else is <c>Internal</c>, logged, never echoed.
/// </summary>
public sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    /// <summary>A status message longer than this is cut: a message is read by people, and trailers have a size limit.</summary>
    public const int MaxMessageLength = 1_000;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            CheckRequest(request, context);

            return await continuation(request, context);
        }
        catch (Exception ex) when (Translate(ex, context) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            CheckRequest(request, context);

            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (Translate(ex, context) is { } translated)
        {
            throw translated;
        }
    }

    private static void CheckRequest(object? request, ServerCallContext context)
    {
        var violations = MetadataRules.Check(context.RequestHeaders);
        if (violations.Count == 0 && request is IMessage message)
        {
            violations = WireRules.Check(message);
        }

        RequestValidationException.ThrowIfAny(violations);
    }

    private RpcException? Translate(Exception ex, ServerCallContext context)
    {
        var domain = ErrorStatus.DomainOf(context.Method);
        switch (ex)
        {
            case DomainException failure:
                return ToRpcException(failure, domain);
            case RpcException rpc when rpc.Trailers.Get(StatusDetailsTrailerName) is null:
                return Status(rpc.StatusCode, rpc.Status.Detail, ReasonOf(rpc.StatusCode), domain, null);
            case RpcException:
                return null;
            case System.Data.Common.DbException { InnerException: TimeoutException }:
                // The connection pool stayed exhausted for its whole timeout: the service is beyond its capacity. The
                // request's transaction never began (or was rolled back), so it may be sent again.
                logger.LogWarning("{Method} waited too long for a database connection", context.Method);
                return Status(StatusCode.Unavailable, "The service is busy: no database connection came free in time. Nothing was written; try again.",
                    ErrorReasons.DatabaseBusy, domain, null);
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return Status(StatusCode.Cancelled, "The call was cancelled.", "CANCELLED", domain, null);
            default:
                logger.LogError(ex, "Unhandled failure in {Method}", context.Method);
                return Status(StatusCode.Internal, $"An unexpected error occurred (trace {Activity.Current?.TraceId.ToString() ?? "unknown"}).",
                    ErrorReasons.Internal, domain, null);
        }
    }

    private const string StatusDetailsTrailerName = "grpc-status-details-bin";

    public static RpcException ToRpcException(DomainException failure, string domain)
    {
        var code = failure switch
        {
            RequestValidationException => StatusCode.InvalidArgument,
            RuleViolationException => StatusCode.FailedPrecondition,
            NotFoundException => StatusCode.NotFound,
            ConcurrencyConflictException => StatusCode.Aborted,
            AlreadyExistsException => StatusCode.AlreadyExists,
            PermissionDeniedException => StatusCode.PermissionDenied,
            DependencyUnavailableException => StatusCode.Unavailable,
            _ => StatusCode.FailedPrecondition,
        };
        var exception = Status(code, failure.Message, failure.Reason, domain, failure.LegalBasis, failure switch
        {
            RequestValidationException invalid => Any.Pack(ToBadRequest(invalid.Violations)),
            _ => null,
        });
        return exception;
    }

    private static BadRequest ToBadRequest(IEnumerable<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v =>
            new BadRequest.Types.FieldViolation { Field = Cut(v.Field, 200), Description = Cut(v.Description, 500) }));
        return badRequest;
    }

    private static RpcException Status(StatusCode code, string message, string reason, string domain, string? legalBasis, Any? detail = null) =>
        ErrorStatus.Create(code, Cut(message, MaxMessageLength), reason, domain, legalBasis, detail).ToRpcException();

    /// <summary>The reason of a status the host produced itself (authentication, deadlines), named after its code.</summary>
    private static string ReasonOf(StatusCode code) => code switch
    {
        StatusCode.Unauthenticated => ErrorReasons.Unauthenticated,
        StatusCode.PermissionDenied => ErrorReasons.PermissionDenied,
        _ => string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant(),
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
