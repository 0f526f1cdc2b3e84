namespace Customs.AppHost.Hosting;

public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
        DataDirectory = Path.GetFullPath(options.Isolated
            ? Path.Combine(DistributedApplication.IsolatedRunsFolder, Guid.NewGuid().ToString("N")[..12])
            : options.DataDirectory ?? Path.Combine(ProjectLayout.AppHostDirectory, "..", ".data"));
    }

    public DistributedApplicationOptions Options { get; }

    /// <summary>Where this run keeps its data (<c>.data/</c> beside the AppHost project; a fresh temporary folder when isolated).</summary>
    public string DataDirectory { get; }

    public IReadOnlyList<Resource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already in the app model.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build() => new(_resources, Options, DataDirectory);
}
