using Customs.AppHost.Telemetry;

namespace Customs.AppHost.Hosting;

public sealed class DistributedApplicationOptions
{
    /// <summary>Where servers keep their data; <c>.data/</c> beside the AppHost project unless isolated.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>A fresh temporary data folder, deleted at the end (tests).</summary>
    public bool Isolated { get; set; }

    /// <summary>Print resources' output to the console (the developer's terminal), not only keep it.</summary>
    public bool StreamOutput { get; set; } = true;

    /// <summary>Trade durability for speed (tests): PostgreSQL without fsync.</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Let tests move the services' clocks forward (<c>Testing__ClockControl</c>); never in a developer's run.</summary>
    public bool ClockControl { get; set; }

    /// <summary>How long to wait for everything to become healthy.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Serve the dashboard and its OTLP receiver (services then export their telemetry to it).</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>Where the dashboard listens; beyond loopback it asks for the token printed at start-up.</summary>
    public string DashboardHost { get; set; } = "127.0.0.1";

    /// <summary>The dashboard's port; null: 18888 for a developer's run (any free port if taken), any free port when isolated.</summary>
    public int? DashboardPort { get; set; }

    /// <summary>How much telemetry the dashboard keeps.</summary>
    public TelemetryLimits TelemetryLimits { get; set; } = new();
}
