using Microsoft.Extensions.Logging;

namespace Customs.AppHost.Hosting;

/// <summary>What resources need from the app while it is built and run.</summary>
internal sealed class RunContext(DistributedApplicationOptions options, RunDirectory directory, ILoggerFactory loggerFactory)
{
    private Secrets? _secrets;

    public DistributedApplicationOptions Options { get; } = options;

    public RunDirectory Directory { get; } = directory;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    public Secrets Secrets => _secrets ??= new Secrets(Path.Combine(Directory.Root, "secrets.json"));

    public string? OtlpEndpoint { get; set; }
}
