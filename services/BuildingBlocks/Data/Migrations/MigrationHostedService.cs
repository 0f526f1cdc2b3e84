using Microsoft.Extensions.Hosting;

namespace Customs.BuildingBlocks.Data.Migrations;

/// <summary>
/// Brings the schema up to date in <see cref="StartingAsync"/>: the host runs every lifecycle service's StartingAsync
/// before any hosted service's StartAsync, so the schema is current before Kestrel listens, before the MassTransit bus
/// delivers to consumers and before the outbox dispatcher reads, whatever order they were registered in.
/// A failure stops the host: a service must not serve on a schema it does not know.
/// </summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => runner.ApplyAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
