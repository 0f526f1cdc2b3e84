using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Customs.ServiceDefaults.Overload;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every service of the suite shares, as Aspire's ServiceDefaults template has it:
/// OpenTelemetry, health checks, service discovery, resilient HTTP clients, bearer-token authentication
/// of every RPC, and the gRPC conventions (health service, reflection, one error model: ErrorInterceptor).
/// </summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddClock();
        builder.AddDefaultAuthentication();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        // The call limit first: a call refused for overload costs nothing further.
        builder.Services.AddOptions<CallLimitOptions>()
            .BindConfiguration(CallLimitOptions.SectionName)
            .Validate(o => o.MaxConcurrentCalls > 0 && o.MaxQueuedCalls >= 0 && (o.MaxQueueWait is null || o.MaxQueueWait > TimeSpan.Zero),
                "Grpc:CallLimit needs MaxConcurrentCalls > 0, MaxQueuedCalls >= 0 and, if set, a positive MaxQueueWait.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CallLimitInterceptor>();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<CallLimitInterceptor>();
            options.Interceptors.Add<ErrorInterceptor>();
        });
        // Grpc.AspNetCore logs every non-OK status at Information ("Error status code … raised"), a line per refused call:
        // under overload a line per OVERLOADED refusal, which the call limit itself logs once per thousand. A refusal is
        // the caller's to handle and is on its trace; failures of the service's own are logged by ErrorInterceptor.
        builder.Logging.AddFilter("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Warning);
        // Kestrel's own limit (16 KB a header over HTTP/2) resets the stream, which a client sees as INTERNAL; let
        // oversized metadata reach ErrorInterceptor, which refuses it as INVALID_ARGUMENT (MetadataRules).
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = MetadataRules.MaxTotalBytes;
            kestrel.Limits.Http2.MaxRequestHeaderFieldSize = MetadataRules.MaxTotalBytes;
        });
        builder.Services.AddGrpcReflection();
        // gRPC Check answers from the results the health check publisher last saw (every 5 s, the first at start-up),
        // not by running the checks again: a probe polled thousands of times a second would otherwise put a database,
        // Redis and broker round trip behind each poll. /health still runs them on each request (the AppHost waits on it).
        builder.Services.AddGrpcHealthChecks(options => options.UseHealthChecksCache = true);
        builder.Services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.Zero;
            options.Period = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter(Customs.ServiceDefaults.Telemetry.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("MassTransit")
                .AddSource("Customs.Outbox") // BuildingBlocks: OutboxTracing.ActivitySourceName
                .AddSource(Customs.ServiceDefaults.Telemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                    && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                    && !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health"))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // One exporter per signal, each given the client below (UseOtlpExporter offers no public way to set it).
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddOtlpExporter(ExportOverOneLastingConnection))
                .WithMetrics(metrics => metrics.AddOtlpExporter(ExportOverOneLastingConnection))
                .WithLogging(logging => logging.AddOtlpExporter(ExportOverOneLastingConnection));
        }

        return builder;
    }

    // The exporters' HTTP/2 connections to the collector stay open while the service runs. Over gRPC the exporters do not
    // use IHttpClientFactory but a client of their own, whose handler closes a connection idle for a minute (an idle
    // service exports no traces and, after start-up, few logs); the close ends the connection's pending read with an
    // exception, which an idle service counted for nothing. Pings keep the collector from closing it as idle (the
    // AppHost also gives the dashboard's OTLP endpoint a long keep-alive). The exporters retry by themselves.
    private static void ExportOverOneLastingConnection(OtlpExporterOptions options)
    {
        // An export to a collector on loopback that takes seconds will not come back: when the graph stops, the
        // dashboard goes down beside the services, and each provider's last export at shutdown kept retrying it for the
        // whole 10 s default, holding the service after the rest of the graph was gone. 3 s per export, retries included.
        options.TimeoutMilliseconds = Math.Min(options.TimeoutMilliseconds, 3000);
        var exportTimeout = TimeSpan.FromMilliseconds(options.TimeoutMilliseconds);
        options.HttpClientFactory = () => new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
        })
        {
            Timeout = exportTimeout,
        };
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Every check must pass to be ready for traffic; only "live" checks decide liveness. Health and reflection need
        // no token (orchestrators and tools call them); every other endpoint does.
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapClockControl();
        return app;
    }
}
