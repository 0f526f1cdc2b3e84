namespace Customs.AppHost.Hosting;

/// <summary>
/// How the test API runs the AppHost's own Program (its app model) in a test process: it sets the
/// options to apply and receives the built application instead of letting <c>Run()</c> block.
/// </summary>
public static class TestingHooks
{
    private static readonly AsyncLocal<Session?> Current = new();

    internal static Session? Active => Current.Value;

    public static IDisposable Capture(Action<DistributedApplicationOptions> configure, Action<DistributedApplication> onBuilt)
    {
        Current.Value = new Session(configure, onBuilt);
        return new Reset();
    }

    internal sealed record Session(Action<DistributedApplicationOptions> Configure, Action<DistributedApplication> OnBuilt);

    private sealed class Reset : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
