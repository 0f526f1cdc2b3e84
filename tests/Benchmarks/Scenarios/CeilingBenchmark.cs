using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Customs.Benchmarks.Echo;
using Customs.Benchmarks.Load;
using Grpc.Net.Client;
using Npgsql;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 1. What the machine can do at all, measured by the same load generator in the same run: a bare unary gRPC echo and a
/// bare single-row INSERT+COMMIT on the graph's own PostgreSQL (durable as the rest of the run).
/// </summary>
public static class CeilingBenchmark
{
    public const string Name = "1 Ceiling";

    public static async Task RunAsync(BenchContext context)
    {
        await EchoAsync(context);
        await InsertAsync(context);
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
                context.InsertCeiling = Math.Max(context.InsertCeiling ?? 0, result.PerSecond);
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
