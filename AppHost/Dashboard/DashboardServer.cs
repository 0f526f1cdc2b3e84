using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Customs.AppHost.Hosting;
using Customs.AppHost.Otlp;
using Customs.AppHost.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Customs.AppHost.Dashboard;

/// <summary>
/// The developer dashboard and the OTLP/gRPC receiver behind it, served by the AppHost itself: the receiver on a
/// loopback HTTP/2 port (what the services get as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), the dashboard on an HTTP/1 port,
/// loopback unless configured otherwise, and then only with the token printed at start-up.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _web;

    private DashboardServer(WebApplication web, TelemetryStore telemetry, string? token)
    {
        _web = web;
        Telemetry = telemetry;
        Token = token;
    }

    public TelemetryStore Telemetry { get; }

    /// <summary>The dashboard's address, e.g. <c>http://127.0.0.1:18888</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Where services export OTLP over gRPC.</summary>
    public Uri OtlpEndpoint { get; private set; } = null!;

    /// <summary>The access token when the dashboard listens beyond loopback; null on loopback.</summary>
    public string? Token { get; }

    /// <summary>The address to open: with the token when one is needed.</summary>
    public string LoginUrl => Token is null ? Url.ToString() : $"{Url}login?t={Token}";

    internal static async Task<DashboardServer> StartAsync(
        DistributedApplication app, DistributedApplicationOptions options, CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(options.DashboardHost);
        var token = IPAddress.IsLoopback(address) ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var telemetry = new TelemetryStore(options.TelemetryLimits);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardServer).Assembly.GetName().Name });
        // Nothing from appsettings files or the environment: the services' appsettings.json land in the AppHost's
        // output folder, and their Kestrel endpoints must not become the dashboard's.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (options.StreamOutput)
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var otlpPort = Ports.FreeLoopbackPort();
        var dashboardPort = options.DashboardPort is null or 0 ? Ports.FreeLoopbackPort() : options.DashboardPort.Value;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, otlpPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(address, dashboardPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(telemetry);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        var web = builder.Build();
        var server = new DashboardServer(web, telemetry, token);
        web.UseMiddleware<DashboardAccess>(token ?? "");
        web.MapGrpcService<TraceReceiver>();
        web.MapGrpcService<LogsReceiver>();
        web.MapGrpcService<MetricsReceiver>();
        web.MapDashboard(app, telemetry);

        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch (IOException) when (options.DashboardPort is not null and not 0)
        {
            // The usual port is taken (another run): any free one will do, and the address is printed anyway.
            await web.DisposeAsync();
            return await StartAsync(app, WithPort(options, 0), cancellationToken);
        }

        server.OtlpEndpoint = new Uri($"http://127.0.0.1:{otlpPort}");
        var host = IPAddress.IsLoopback(address) ? "127.0.0.1" : address.Equals(IPAddress.Any) ? Environment.MachineName : address.ToString();
        server.Url = new Uri($"http://{host}:{dashboardPort}/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _web.StopAsync(timeout.Token);
        }

        await _web.DisposeAsync();
    }

    private static DistributedApplicationOptions WithPort(DistributedApplicationOptions options, int port)
    {
        options.DashboardPort = port;
        return options;
    }
}
