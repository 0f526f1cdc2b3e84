namespace Customs.AppHost.Hosting;

/// <summary>A resource being added to the app model, with the builder it belongs to.</summary>
public interface IResourceBuilder<out T> where T : Resource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}

internal sealed class ResourceBuilder<T>(T resource, DistributedApplicationBuilder applicationBuilder) : IResourceBuilder<T>
    where T : Resource
{
    public T Resource { get; } = resource;

    public DistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;
}
