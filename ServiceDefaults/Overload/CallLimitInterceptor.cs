using System.Threading.RateLimiting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Customs.ServiceDefaults.Overload;

/// <summary>
/// Sheds load before it is taken on: a call beyond <see cref="CallLimitOptions.MaxConcurrentCalls"/> running and
/// <see cref="CallLimitOptions.MaxQueuedCalls"/> waiting (or, if set, that waited <see cref="CallLimitOptions.MaxQueueWait"/>) is
/// answered <c>ResourceExhausted</c> (reason <c>OVERLOADED</c>) before its handler runs, so nothing of it is written; a
/// waiting call also leaves the queue when its deadline passes or its caller goes. Without it, calls beyond capacity each held a database connection
/// request until the pool's 15 s timeout and then failed as <c>Unknown</c>; with it the service answers what it can
/// and is back to normal as soon as the load drops. Health and reflection are never limited.
/// </summary>
public sealed class CallLimitInterceptor : Interceptor, IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly ILogger<CallLimitInterceptor> _logger;
    private readonly CallLimitOptions _options;
    private long _refused;

    public CallLimitInterceptor(IOptions<CallLimitOptions> options, ILogger<CallLimitInterceptor> logger)
    {
        _logger = logger;
        _options = options.Value;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrentCalls,
            QueueLimit = options.Value.MaxQueuedCalls,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (IsExempt(context.Method))
        {
            return await continuation(request, context);
        }

        using var lease = await AcquireAsync(context);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (IsExempt(context.Method))
        {
            await continuation(request, responseStream, context);
            return;
        }

        using var lease = await AcquireAsync(context);
        await continuation(request, responseStream, context);
    }

    public void Dispose() => _limiter.Dispose();

    private async Task<RateLimitLease> AcquireAsync(ServerCallContext context)
    {
        RateLimitLease lease;
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken))
        {
            if (_options.MaxQueueWait is { } longest)
            {
                wait.CancelAfter(longest);
            }

            try
            {
                lease = await _limiter.AcquireAsync(1, wait.Token);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled while it waited for the service."));
            }
            catch (OperationCanceledException)
            {
                // Waited MaxQueueWait in the queue: refused as if the queue had been full.
                lease = FailedLease.Instance;
            }
        }

        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        // One line per thousand refusals, not per call: an overload must not also flood the log.
        var refused = Interlocked.Increment(ref _refused);
        if (refused % 1000 == 1)
        {
            _logger.LogWarning("Refusing calls beyond the limit of {Running} running and {Waiting} waiting ({Refused} refused so far)",
                _options.MaxConcurrentCalls, _options.MaxQueuedCalls, refused);
        }

        var status = ErrorStatus.Create(StatusCode.ResourceExhausted,
            "The service is at its limit of calls; nothing was done. Send the request again after a pause.",
            ErrorReasons.Overloaded, ErrorStatus.DomainOf(context.Method));
        throw status.ToRpcException();
    }

    private sealed class FailedLease : RateLimitLease
    {
        public static readonly FailedLease Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private static bool IsExempt(string method) =>
        method.StartsWith("/grpc.health.", StringComparison.Ordinal) || method.StartsWith("/grpc.reflection.", StringComparison.Ordinal);
}
