using System.Diagnostics;
using System.Globalization;
using Customs.Benchmarks.Graph;
using Customs.Declarations.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Benchmarks.Scenarios;

/// <summary>
/// 7. Control decisions under contention: registrations sent at once straight to the Examination service's queue (no other service
/// consumes them there), all for one customs office, then spread over many. Decisions at one office and direction are sequential
/// (Art. 358 selection: each sees the rates the one before left); the service queues registrations and decides them in batches,
/// one lock on an office's counters and one commit for many, so the gap between the two runs, and the sessions seen waiting on a
/// lock, is what that sequence still costs.
/// </summary>
public static class ControlDecisionBenchmark
{
    public const string Name = "7 Control decisions";

    private const string Queue = "examination-declaration-registered";

    public static async Task RunAsync(BenchContext context)
    {
        var count = context.Settings.ControlDecisions;
        await using var sender = await QueueSender.StartAsync(await context.Target.ConnectionStringAsync("messaging"), Queue);
        var endpoint = sender.Endpoint;
        await using var db = NpgsqlDataSource.Create(await context.Target.ConnectionStringAsync("examination-db"));
        foreach (var offices in new[] { 1, 64 })
        {
            await context.SettleAsync();
            var (elapsed, waiting, mostWaiting) = await DecideAsync(endpoint, db, count, offices);
            var perSecond = count / elapsed.TotalSeconds;
            context.Report.Add(Name, $"{count} registrations at once, {offices} office(s): decided", perSecond, "decl/s");
            context.Report.Add(Name, $"{count} registrations at once, {offices} office(s): sessions waiting on a lock (mean of 10 ms samples)", waiting, "sessions");
            context.Report.Notes.Add($"Control decisions, {offices} office(s): {count} decided in {elapsed.TotalSeconds:0.0} s; at most {mostWaiting} " +
                "Examination sessions waited on a lock at once.");
        }
    }

    private static async Task<(TimeSpan Elapsed, double Waiting, int MostWaiting)> DecideAsync(ISendEndpoint endpoint, NpgsqlDataSource db, int count, int offices)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select((id, i) => endpoint.Send(Registered(id, $"BENCH-{run}-{i:D6}", Office(i % offices)))));

        long samples = 0, waitingSum = 0;
        var mostWaiting = 0;
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await using var c = await db.OpenConnectionAsync();
            await using var probe = new NpgsqlCommand("""
                select (select count(*) from control_decisions where declaration_id = any($1))::int,
                       (select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock')::int
                """, c);
            probe.Parameters.Add(new NpgsqlParameter { Value = ids });
            await using var reader = await probe.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (decided, waiting) = (reader.GetInt32(0), reader.GetInt32(1));
            samples++;
            waitingSum += waiting;
            mostWaiting = Math.Max(mostWaiting, waiting);
            if (decided == count)
            {
                return (clock.Elapsed, (double)waitingSum / samples, mostWaiting);
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"{count} control decisions were not all made within 5 minutes.");
    }

    // Offices 10005020, 10005021, ...: codes of the Moscow region's customs house prefix, as the filings use.
    private static string Office(int i) => (10005020 + i).ToString(CultureInfo.InvariantCulture);

    private static DeclarationRegistered Registered(Guid id, string number, string office) => new()
    {
        DeclarationId = id, RegistrationNumber = number, Kind = DeclarationKind.CommercialImport, CustomsOfficeCode = office,
        AcceptanceDate = new DateOnly(2026, 3, 2), PresentationDate = new DateOnly(2026, 3, 2), RegisteredAt = DateTimeOffset.UtcNow,
        Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Sberbank", TaxpayerNumber = "7707083893", Address = "Moscow, Vavilova 19", CountryCode = "RU" },
        Direction = MovementDirection.Import, ControlDeadline = new DateOnly(2026, 3, 5), ForPersonalUse = false,
        Items =
        [
            new GoodsItem
            {
                Number = 1, Description = "Men's cotton trousers", TariffCode = "6203423100", OriginCountryCode = "IT", Quantity = 100, Unit = "pcs",
                GrossWeightKg = 55.5m, InvoiceValue = 4_000m, InvoiceCurrency = "EUR", IntendedUse = IntendedUse.Commercial,
            },
        ],
    };
}
