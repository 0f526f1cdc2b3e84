namespace Customs.Benchmarks;

/// <summary>How long and how hard each benchmark runs; <see cref="Smoke"/> is the few seconds the test run gives each.</summary>
public sealed record BenchSettings
{
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Closed-loop callers of each throughput run (the probe's 16 and 64).</summary>
    public int[] Callers { get; init; } = [16, 64];

    /// <summary>The filing benchmark's open-loop offered load (the 1,000 declarations per second).</summary>
    public double OfferedPerSecond { get; init; } = 1000;

    public int ItemsPerDeclaration { get; init; } = 10;

    public int RegisterEntries { get; init; } = 100_000;

    public int ItemsPerScreening { get; init; } = 100;

    public int FlowCallers { get; init; } = 8;

    /// <summary>Declarations filed and registered before each service's working set is read (the 100,000).</summary>
    public int MemoryDeclarations { get; init; } = 100_000;

    /// <summary>How long to wait for the machine to be idle before each run (none in the smoke test, which shares the machine).</summary>
    public TimeSpan SettleLimit { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The echo ceiling's server runs in its own process (the bench) or in this one (the smoke test).</summary>
    public bool EchoInOwnProcess { get; init; } = true;

    /// <summary>BenchmarkDotNet for the assessment (the bench), or a plain timed loop (the smoke test).</summary>
    public bool AssessWithBenchmarkDotNet { get; init; } = true;

    /// <summary>Registrations sent at once to the Examination service's queue, per run of the control-decision benchmark.</summary>
    public int ControlDecisions { get; init; } = 2_000;

    public static BenchSettings Smoke { get; } = new()
    {
        ControlDecisions = 40,
        WarmUp = TimeSpan.FromSeconds(0.5),
        Window = TimeSpan.FromSeconds(2),
        Callers = [4],
        OfferedPerSecond = 10,
        RegisterEntries = 300,
        ItemsPerScreening = 20,
        FlowCallers = 2,
        MemoryDeclarations = 20,
        EchoInOwnProcess = false,
        AssessWithBenchmarkDotNet = false,
        SettleLimit = TimeSpan.Zero,
    };
}
