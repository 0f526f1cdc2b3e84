using System.Text.Json;
using System.Threading.Channels;
using Customs.AppHost.Hosting;
using Customs.AppHost.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Customs.AppHost.Dashboard;

/// <summary>The dashboard's pages and its JSON API (resources, console output, structured logs, traces, metrics).</summary>
internal static class DashboardEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapDashboard(this IEndpointRouteBuilder routes, DistributedApplication app, TelemetryStore telemetry)
    {
        routes.MapGet("/", () => DashboardAssets.Serve("index.html"));
        routes.MapGet("/assets/{file}", (string file) => DashboardAssets.Serve(file));

        var api = routes.MapGroup("/api");
        api.MapGet("/resources", () => app.Resources.Select(ResourceView.From));
        api.MapPost("/resources/{name}/{action}", (string name, string action, HttpRequest request) => ControlAsync(app, name, action, request));
        api.MapGet("/resources/{name}/console", (string name, long? after, string? q) =>
            Find(app, name) is { } runner ? Results.Ok(ConsoleLines(runner, after ?? 0, q)) : Results.NotFound());
        api.MapGet("/resources/{name}/console/stream", (string name, HttpContext context) => StreamConsoleAsync(app, name, context));

        api.MapGet("/logs", (string? resource, LogSeverity? level, string? q, string? traceId, long? after, int? limit) =>
            telemetry.GetLogs(new LogQuery
            {
                Resource = Blank(resource),
                MinLevel = level ?? LogSeverity.Unspecified,
                Text = Blank(q),
                TraceId = Blank(traceId),
                After = after ?? 0,
                Limit = Math.Clamp(limit ?? 500, 1, 5000),
            }));
        api.MapGet("/traces", (string? resource, string? q) => telemetry.GetTraces(Blank(resource), Blank(q)));
        api.MapGet("/traces/{traceId}", (string traceId) =>
            telemetry.GetTrace(traceId) is { Count: > 0 } spans ? Results.Ok(spans) : Results.NotFound());
        api.MapGet("/metrics", (string? resource) => telemetry.GetMetrics(Blank(resource)));
        api.MapGet("/telemetry/resources", () => telemetry.GetResources());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ResourceRunner? Find(DistributedApplication app, string name) =>
        app.Resources.FirstOrDefault(r => string.Equals(r.Resource.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<LogLine> ConsoleLines(ResourceRunner runner, long after, string? text) =>
        runner.Log.Snapshot().Where(l => l.Sequence > after && (string.IsNullOrEmpty(text) || l.Text.Contains(text, StringComparison.OrdinalIgnoreCase)));

    private static async Task<IResult> ControlAsync(DistributedApplication app, string name, string action, HttpRequest request)
    {
        // A page of another origin cannot send this header without a CORS preflight, which is never granted.
        if (request.Headers["X-Dashboard"] != "1")
        {
            return Results.BadRequest("Send the X-Dashboard: 1 header.");
        }

        if (Find(app, name) is not { } runner)
        {
            return Results.NotFound();
        }

        switch (action)
        {
            case "stop":
                await runner.StopAsync();
                break;
            case "start":
                runner.Start();
                break;
            case "restart":
                await runner.StopAsync();
                runner.Start();
                break;
            default:
                return Results.BadRequest("The action is stop, start or restart.");
        }

        return Results.Ok(ResourceView.From(runner));
    }

    /// <summary>Server-sent events: the kept lines after <c>after</c>, then each new line as it is written.</summary>
    private static async Task StreamConsoleAsync(DistributedApplication app, string name, HttpContext context)
    {
        if (Find(app, name) is not { } runner)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var after = long.TryParse(context.Request.Query["after"], out var a) ? a : 0;
        var lines = Channel.CreateBounded<LogLine>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnLine(LogLine line) => lines.Writer.TryWrite(line);
        runner.Log.LineWritten += OnLine;
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var last = after;
            foreach (var line in runner.Log.Snapshot().Where(l => l.Sequence > after))
            {
                await WriteEventAsync(context, line);
                last = line.Sequence;
            }

            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var line in lines.Reader.ReadAllAsync(context.RequestAborted))
            {
                if (line.Sequence > last)
                {
                    await WriteEventAsync(context, line);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    last = line.Sequence;
                }
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            runner.Log.LineWritten -= OnLine;
        }
    }

    private static Task WriteEventAsync(HttpContext context, LogLine line) =>
        context.Response.WriteAsync($"data: {JsonSerializer.Serialize(line, Json)}\n\n", context.RequestAborted);
}
