namespace Customs.Demo;

/// <summary>Prints each step of a scenario as it happens, with the time it took since the scenario began.</summary>
public sealed class Narrator(TextWriter output)
{
    private readonly System.Diagnostics.Stopwatch _clock = new();

    public void Scenario(string title, string? traceLink)
    {
        _clock.Restart();
        output.WriteLine();
        output.WriteLine($"== {title}");
        output.WriteLine(traceLink is null ? "   trace: see the dashboard's Traces page" : $"   trace: {traceLink}");
    }

    public void Step(string what) => output.WriteLine($"   {_clock.Elapsed.TotalSeconds,6:0.0}s  {what}");

    public void Detail(string what) => output.WriteLine($"             {what}");
}
