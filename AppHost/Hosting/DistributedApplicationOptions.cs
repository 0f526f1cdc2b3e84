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
}
