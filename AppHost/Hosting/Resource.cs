namespace Customs.AppHost.Hosting;

/// <summary>A resource of the app model: a server, a database on it, or a service.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    public abstract string Type { get; }

    /// <summary>The resource this one lives in (a database in its server), if any.</summary>
    public virtual Resource? Parent => null;

    /// <summary>Named endpoints (grpc, http, tcp, amqp …) as URLs, known once the app is built.</summary>
    public virtual IReadOnlyDictionary<string, string> Endpoints { get; } = new Dictionary<string, string>();

    internal List<Resource> WaitsFor { get; } = [];

    /// <summary>Chooses ports and credentials; runs once, when the app is built.</summary>
    internal abstract void Allocate(RunContext context);

    /// <summary>Prepares what to run (data folders, configuration); null for a resource that is not a process.</summary>
    internal abstract Task<ProcessSpec?> PrepareAsync(RunContext context, CancellationToken cancellationToken);

    internal abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}

/// <summary>A resource other resources connect to through <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string ConnectionString { get; }
}
