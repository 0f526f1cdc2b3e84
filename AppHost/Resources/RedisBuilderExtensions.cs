using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Customs.AppHost.Resources;

public static class RedisBuilderExtensions
{
    /// <summary>
    /// Redis from the Debian binary as an executable resource: loopback only, password protected, append-only file in
    /// its data folder. Where a container runtime exists, Aspire's <c>AddRedis(name)</c> (Aspire.Hosting.Redis) takes its place.
    /// </summary>
    public static IResourceBuilder<RedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        var folder = LocalServers.DataFolder(builder, name);
        var redis = new RedisResource(name, folder, LocalServers.PasswordParameter(builder, name).Resource);
        builder.Services.AddHealthChecks().Add(new(
            $"{name}_check", _ => ProbeHealthCheck.ByConnectionString(redis, "Redis", ProbeAsync), failureStatus: null, tags: null));

        return builder.AddResource(redis)
            .WithEndpoint(name: "tcp", scheme: "tcp")
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--dir");
                context.Args.Add(folder);
                context.Args.Add("--appendonly");
                context.Args.Add("yes");
                context.Args.Add("--requirepass");
                context.Args.Add(redis.Password);
                context.Args.Add("--daemonize");
                context.Args.Add("no");
                // Redis writes its title over its command line and environment (setproctitle), so /proc/PID/environ no longer
                // holds the run's id and the run guard could not find a redis-server DCP failed to stop (RunGuard).
                context.Args.Add("--set-proc-title");
                context.Args.Add("no");
            })
            .WithHealthCheck($"{name}_check")
            .WithIconName("Memory");
    }

    private static async Task ProbeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 0;
        options.ConnectTimeout = 2000;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        await connection.GetDatabase().PingAsync();
    }
}
