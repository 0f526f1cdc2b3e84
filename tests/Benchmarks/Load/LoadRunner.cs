using System.Collections.Concurrent;
using System.Diagnostics;

namespace Customs.Benchmarks.Load;

/// <summary>
/// Drives an operation for a warm-up and then a measured window, either closed-loop (a fixed number of callers, each
/// starting its next call when the last one ends: throughput) or open-loop (calls started on a fixed schedule whatever
/// the server does, latency counted from each call's scheduled start, so a slow server cannot slow the generator down).
/// </summary>
public sealed class LoadRunner(CpuMeter cpu, Action<string> log)
{
    /// <summary>
    /// Calls started inside the window are counted when they end, even after it, and each caller makes at least one
    /// counted call: the window lasts until the last of them ends (at most a minute more), so a call longer than the
    /// window still counts, nothing is cut off half-done, and the rate is what was done over the time it took.
    /// </summary>
    public async Task<LoadResult> ClosedLoopAsync(
        string name, int callers, TimeSpan warmUp, TimeSpan window, Func<CancellationToken, Task> operation)
    {
        log($"{name}: {callers} callers, {warmUp.TotalSeconds:0.#} s warm-up, {window.TotalSeconds:0.#} s measured");
        var failures = new ConcurrentDictionary<string, long>();
        var latencies = new List<long>[callers];
        var recording = 0;
        var draining = 0;
        using var abandon = new CancellationTokenSource();

        async Task Caller(int index)
        {
            var mine = latencies[index] = new List<long>(4096);
            var countedOne = false;
            while (Volatile.Read(ref draining) == 0 || !countedOne)
            {
                var counted = Volatile.Read(ref recording) == 1 || (Volatile.Read(ref draining) == 1 && !countedOne);
                countedOne |= counted;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await operation(abandon.Token);
                    if (counted)
                    {
                        mine.Add((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    }
                }
                catch (Exception ex) when (!abandon.IsCancellationRequested)
                {
                    if (counted)
                    {
                        failures.AddOrUpdate(LoadResult.FailureName(ex), 1, (_, n) => n + 1);
                    }
                }
                catch (Exception) when (abandon.IsCancellationRequested)
                {
                    // Still running a minute after the window: abandoned, counted neither way.
                }
            }
        }

        var running = Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(() => Caller(i))));
        await Task.Delay(warmUp);
        var begin = cpu.Take();
        Volatile.Write(ref recording, 1);
        await Task.Delay(window);
        Volatile.Write(ref recording, 0);
        Volatile.Write(ref draining, 1);
        if (await Task.WhenAny(running, Task.Delay(TimeSpan.FromMinutes(1))) != running)
        {
            await abandon.CancelAsync();
        }

        await running;
        var end = cpu.Take();
        var all = latencies.SelectMany(l => l).ToList();
        var elapsed = Stopwatch.GetElapsedTime(begin.Timestamp, end.Timestamp);
        var result = new LoadResult(name, elapsed, all.Count, failures, Latencies.Of(all), cpu.Between(begin, end));
        log($"{name}: {result.PerSecond:0.0}/s over {elapsed.TotalSeconds:0.0} s, p50 {result.Latency.P50:0.0} ms, p99 {result.Latency.P99:0.0} ms, {result.Failed} failed");
        return result;
    }

    /// <param name="maxInFlight">Calls started but not ended beyond which the schedule's next calls are counted as not sent.</param>
    public async Task<LoadResult> OpenLoopAsync(
        string name, double perSecond, TimeSpan warmUp, TimeSpan window, Func<CancellationToken, Task> operation, int maxInFlight = 20_000)
    {
        log($"{name}: {perSecond:0}/s offered, {warmUp.TotalSeconds:0.#} s warm-up, {window.TotalSeconds:0.#} s measured");
        var failures = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentQueue<long>();
        var inFlight = 0;
        long notSent = 0;
        var calls = new List<Task>();
        using var abandon = new CancellationTokenSource();

        async Task Call(long scheduled, bool counted)
        {
            try
            {
                await operation(abandon.Token);
                if (counted)
                {
                    latencies.Enqueue((long)Stopwatch.GetElapsedTime(scheduled).TotalMicroseconds);
                }
            }
            catch (Exception ex)
            {
                if (counted)
                {
                    failures.AddOrUpdate(LoadResult.FailureName(ex), 1, (_, n) => n + 1);
                }
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        var start = Stopwatch.GetTimestamp();
        var interval = Stopwatch.Frequency / perSecond;
        var warmUpCalls = (long)(warmUp.TotalSeconds * perSecond);
        var total = warmUpCalls + (long)(window.TotalSeconds * perSecond);
        CpuMeter.Snapshot? begin = null;
        long sent = 0;
        while (sent < total)
        {
            var due = Math.Min(total, (long)((Stopwatch.GetTimestamp() - start) / interval) + 1);
            for (; sent < due; sent++)
            {
                if (sent == warmUpCalls)
                {
                    begin = cpu.Take();
                }

                var counted = sent >= warmUpCalls;
                if (Volatile.Read(ref inFlight) >= maxInFlight)
                {
                    if (counted)
                    {
                        notSent++;
                    }

                    continue;
                }

                Interlocked.Increment(ref inFlight);
                calls.Add(Call(start + (long)(sent * interval), counted));
            }

            await Task.Delay(1);
        }

        // The window ends when the last scheduled call ends (or 30 s after it was due): latencies include the queue.
        await Task.WhenAny(Task.WhenAll(calls), Task.Delay(TimeSpan.FromSeconds(30)));
        var end = cpu.Take();
        await abandon.CancelAsync();
        await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));

        begin ??= end;
        var elapsed = Stopwatch.GetElapsedTime(begin.Timestamp, end.Timestamp);
        var recorded = latencies.ToList();
        var result = new LoadResult(name, elapsed, recorded.Count, failures, Latencies.Of(recorded), cpu.Between(begin, end), notSent);
        log($"{name}: {result.Completed} completed in {elapsed.TotalSeconds:0.0} s, p50 {result.Latency.P50:0.0} ms, " +
            $"p99 {result.Latency.P99:0.0} ms, {result.Failed} failed, {notSent} not sent");
        return result;
    }
}
