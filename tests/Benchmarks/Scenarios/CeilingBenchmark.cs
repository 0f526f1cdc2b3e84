using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Customs.Benchmarks.Echo;
using Customs.Benchmarks.Load;
using Grpc.Net.Client;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 1. What the machine can do at all, measured by the same load generator in the same run: a bare unary gRPC echo, a
/// bare single-row INSERT+COMMIT on the graph's own PostgreSQL (durable as the rest of the run), and bare persistent
/// messages through the graph's RabbitMQ, each confirmed to its publisher, delivered and acknowledged.
/// </summary>
public static class CeilingBenchmark
{
    public const string Name = "1 Ceiling";

    public static async Task RunAsync(BenchContext context)
    {
        await EchoAsync(context);
        await InsertAsync(context);
        await BrokerAsync(context);
    }

    private static async Task EchoAsync(BenchContext context)
    {
        var port = FreePort();
        Process? process = null;
        Microsoft.AspNetCore.Builder.WebApplication? inProcess = null;
        LoadRunner runner;
        if (context.Settings.EchoInOwnProcess)
        {
            process = StartOwnProcess(port);
            runner = context.RunnerWatching("echo", process.Id);
        }
        else
        {
            inProcess = EchoServer.Build(port);
            await inProcess.StartAsync();
            runner = context.Runner;
        }

        try
        {
            await WaitForPortAsync(port, process);
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}",
                new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
            var client = new EchoService.EchoServiceClient(channel);
            var message = new EchoMessage { Text = "ping" };
            foreach (var callers in context.Settings.Callers)
            {
                var result = await runner.ClosedLoopAsync($"echo, {callers} callers", callers, context.Settings.WarmUp, context.Settings.Window,
                    async ct => await client.EchoAsync(message, cancellationToken: ct));
                context.Report.Add(Name, $"gRPC unary echo, {callers} callers", result.PerSecond, "calls/s", load: result);
                context.EchoCeiling = Math.Max(context.EchoCeiling ?? 0, result.PerSecond);
            }
        }
        finally
        {
            if (process is not null)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }

            if (inProcess is not null)
            {
                await inProcess.DisposeAsync();
            }
        }
    }

    private static async Task InsertAsync(BenchContext context)
    {
        var server = new NpgsqlConnectionStringBuilder(await context.Target.ConnectionStringAsync("postgres")) { Database = "postgres" };
        var database = $"bench_ceiling_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"create database {database}", admin).ExecuteNonQueryAsync();
        }

        var scratch = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, MaxPoolSize = 200 };
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(scratch.ConnectionString);
            await using (var create = dataSource.CreateCommand("create table ceiling (id bigint generated always as identity primary key, payload text not null)"))
            {
                await create.ExecuteNonQueryAsync();
            }

            foreach (var callers in context.Settings.Callers)
            {
                var result = await context.Runner.ClosedLoopAsync($"insert+commit, {callers} callers", callers, context.Settings.WarmUp, context.Settings.Window,
                    async ct =>
                    {
                        await using var connection = await dataSource.OpenConnectionAsync(ct);
                        await using var insert = new NpgsqlCommand("insert into ceiling (payload) values ($1)", connection)
                        {
                            Parameters = { new() { Value = "a declaration-sized row would be larger" } },
                        };
                        await insert.ExecuteNonQueryAsync(ct);
                    });
                context.Report.Add(Name, $"PostgreSQL single-row INSERT+COMMIT, {callers} callers", result.PerSecond, "commits/s", load: result);
                if (result.PerSecond > (context.InsertCeiling ?? 0))
                {
                    context.InsertCeiling = result.PerSecond;
                    context.PostgresCpuPerCommit = result.CpuMillisecondsEach(result.Cpu.Servers.GetValueOrDefault("postgres"));
                }
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await new NpgsqlCommand($"drop database if exists {database} with (force)", admin).ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Persistent messages of an event's size published to a durable queue, each publish awaiting the broker's confirm (as the
    /// outbox's publishes do), while one consumer takes them with acknowledgements (prefetch 64), as a service's consumer does. Counted until the
    /// consumer has taken what the window published.
    /// </summary>
    private static async Task BrokerAsync(BenchContext context)
    {
        var rabbit = Customs.BuildingBlocks.Messaging.RabbitMqConnection.Parse(await context.Target.ConnectionStringAsync("messaging"));
        var factory = new ConnectionFactory
        {
            HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost, UserName = rabbit.Username, Password = rabbit.Password,
            ClientProvidedName = "bench-ceiling",
        };
        await using var connection = await factory.CreateConnectionAsync();
        var queue = $"bench-ceiling-{Guid.NewGuid():N}";
        await using var consuming = await connection.CreateChannelAsync();
        await consuming.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await consuming.BasicQosAsync(0, 64, false);
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) => await consuming.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

        // One channel per caller, each with confirms tracked: a publish returns when the broker has the message on disk.
        var channels = new System.Collections.Concurrent.ConcurrentBag<IChannel>();
        var all = new System.Collections.Concurrent.ConcurrentBag<IChannel>();
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        // About the size of a DeclarationRegistered of 10 items in MassTransit's envelope.
        var body = new byte[3 * 1024];
        Random.Shared.NextBytes(body);
        var fastest = 0.0;
        try
        {
            foreach (var callers in context.Settings.Callers)
            {
                var result = await context.Runner.ClosedLoopAsync($"persistent publish, {callers} callers", callers, context.Settings.WarmUp, context.Settings.Window,
                    async ct =>
                    {
                        if (!channels.TryTake(out var channel))
                        {
                            channel = await connection.CreateChannelAsync(options, ct);
                            all.Add(channel);
                        }

                        await channel.BasicPublishAsync("", queue, mandatory: false, properties, body, ct);
                        channels.Add(channel);
                    });
                // Counted until the consumer has taken what the window published, as filing is counted until the outbox is empty.
                var drain = Stopwatch.StartNew();
                var backlog = (await consuming.QueueDeclarePassiveAsync(queue)).MessageCount;
                while ((await consuming.QueueDeclarePassiveAsync(queue)).MessageCount > 0 && drain.Elapsed < TimeSpan.FromMinutes(3))
                {
                    await Task.Delay(50);
                }

                var sustained = result.Completed / (result.Window + drain.Elapsed).TotalSeconds;
                var perMessage = result.CpuMillisecondsEach(result.Cpu.Servers.GetValueOrDefault("messaging"));
                context.Report.Add(Name, $"RabbitMQ persistent message published, confirmed, delivered and acknowledged, {callers} callers, until consumed",
                    sustained, "msg/s", load: result);
                context.Report.Notes.Add($"Broker ceiling with {callers} callers: {result.PerSecond:0} messages/s confirmed; {backlog:N0} not yet " +
                    $"consumed at the window's end, consumed {drain.Elapsed.TotalSeconds:0.0} s later; RabbitMQ's own CPU " +
                    $"{perMessage:0.000} ms per message.");
                if (sustained > fastest)
                {
                    fastest = sustained;
                    context.BrokerCpuPerMessage = perMessage;
                }
            }
        }
        finally
        {
            foreach (var channel in all)
            {
                await channel.DisposeAsync();
            }

            await consuming.QueueDeleteAsync(queue);
        }
    }

    /// <summary>This program again, as <c>echo-server --port N</c>: the ceiling's server does not share the generator's process.</summary>
    private static Process StartOwnProcess(int port)
    {
        var start = Environment.ProcessPath is { } path && !Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.Ordinal)
            ? new ProcessStartInfo(path)
            : new ProcessStartInfo("dotnet") { ArgumentList = { typeof(CeilingBenchmark).Assembly.Location } };
        start.ArgumentList.Add("echo-server");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment["DOTNET_gcServer"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("The echo server did not start.");
    }

    private static async Task WaitForPortAsync(int port, Process? process)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(30) && process is not { HasExited: true })
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
