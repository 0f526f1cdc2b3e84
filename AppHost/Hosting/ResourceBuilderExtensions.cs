namespace Customs.AppHost.Hosting;

/// <summary>The app-model verbs, named as in Aspire so that a move to Aspire is a mechanical edit.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases.Add(database);
        database.WaitsFor.Add(server.Resource);
        return server.ApplicationBuilder.AddResource(database);
    }

    public static IResourceBuilder<RedisResource> AddRedis(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RedisResource(name));

    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(name));

    /// <summary>A service of the suite; the path is relative to the AppHost project's folder.</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, projectPath));

    /// <summary>Hands the service <c>ConnectionStrings__&lt;name&gt;</c> of the referenced resource.</summary>
    public static IResourceBuilder<ProjectResource> WithReference<TSource>(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<TSource> source)
        where TSource : Resource, IResourceWithConnectionString
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Hands the service the other service's endpoints (<c>services__&lt;name&gt;__grpc__0</c>, <c>__http__0</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency)
        where T : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }
}
