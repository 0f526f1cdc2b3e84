using System.Reflection;

namespace Customs.AppHost.Hosting;

/// <summary>
/// A .NET service of the suite, run from its build output with exactly the environment an Aspire
/// AppHost would hand it: connection strings, service endpoints, OpenTelemetry settings, Kestrel URLs.
/// </summary>
public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    private readonly Dictionary<string, string> _endpoints = [];

    public override string Type => "Project";

    public override IReadOnlyDictionary<string, string> Endpoints => _endpoints;

    public string ProjectPath { get; } = Path.GetFullPath(projectPath, ProjectLayout.AppHostDirectory);

    public string GrpcEndpoint => _endpoints["grpc"];

    public string HttpEndpoint => _endpoints["http"];

    internal List<object> References { get; } = [];

    internal Dictionary<string, string> Environment { get; } = [];

    internal override void Allocate(RunContext context)
    {
        _endpoints["grpc"] = $"http://127.0.0.1:{Ports.FreeLoopbackPort()}";
        _endpoints["http"] = $"http://127.0.0.1:{Ports.FreeLoopbackPort()}";
    }

    internal override Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken)
    {
        var assembly = ProjectLayout.OutputAssembly(ProjectPath);
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} does not exist: build the solution first (./customs up builds it).");
        }

        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            // A cleartext gRPC endpoint must be HTTP/2-only, which ASPNETCORE_URLS cannot say: the endpoints are
            // named in the service's Kestrel configuration and the AppHost sets their URLs, as Aspire does.
            ["Kestrel__Endpoints__grpc__Url"] = GrpcEndpoint,
            ["Kestrel__Endpoints__http__Url"] = HttpEndpoint,
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Name}-{Guid.NewGuid():N}",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "1000",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "5000",
            ["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory",
        };
        if (context.Options.ClockControl)
        {
            environment["Testing__ClockControl"] = "true";
        }

        if (context.OtlpEndpoint is { } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
        }

        foreach (var reference in References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString resource:
                    environment[$"ConnectionStrings__{resource.Name}"] = resource.ConnectionString;
                    break;
                case ProjectResource project:
                    environment[$"services__{project.Name}__grpc__0"] = project.GrpcEndpoint;
                    environment[$"services__{project.Name}__http__0"] = project.HttpEndpoint;
                    break;
            }
        }

        foreach (var (key, value) in Environment)
        {
            environment[key] = value;
        }

        var workingDirectory = Path.GetDirectoryName(ProjectPath)!;
        return Task.FromResult<ProcessSpec?>(new ProcessSpec("dotnet", [assembly], environment, workingDirectory));
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await HealthClient.GetAsync($"{HttpEndpoint}/health", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static readonly HttpClient HealthClient = new() { Timeout = TimeSpan.FromSeconds(5) };
}

/// <summary>Where the AppHost project and the services' build outputs are.</summary>
internal static class ProjectLayout
{
    private static readonly Assembly Self = typeof(ProjectLayout).Assembly;

    public static string AppHostDirectory { get; } = Metadata("AppHostProjectDirectory");

    public static string OutputAssembly(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var name = "Customs." + Path.GetFileNameWithoutExtension(projectPath);
        return Path.Combine(directory, "bin", Metadata("BuildConfiguration"), Metadata("TargetFramework"), name + ".dll");
    }

    private static string Metadata(string key) =>
        Self.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The AppHost assembly lacks its '{key}' metadata.");
}
