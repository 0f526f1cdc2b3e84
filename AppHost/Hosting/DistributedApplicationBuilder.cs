namespace Customs.AppHost.Hosting;

public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options) => Options = options;

    public DistributedApplicationOptions Options { get; }

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

    public DistributedApplication Build() => new(_resources, Options);
}
