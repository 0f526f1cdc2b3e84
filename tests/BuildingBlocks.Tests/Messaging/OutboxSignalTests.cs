using Customs.BuildingBlocks.Messaging.Outbox;

namespace Customs.BuildingBlocks.Tests.Messaging;

public sealed class OutboxSignalTests
{
    // Long enough that a wait ending by its timeout instead of the pulse cannot pass for the pulse.
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_pulse_while_nobody_waits_ends_the_next_wait_at_once_and_only_that_one()
    {
        var signal = new OutboxSignal();
        signal.Pulse();
        signal.Pulse();

        await AssertEndsAsync(signal.WaitAsync(Never, CancellationToken.None));

        // The two pulses were one: the next wait lasts until its timeout.
        using var cancel = new CancellationTokenSource();
        var next = signal.WaitAsync(Never, cancel.Token);
        await Task.Yield();
        Assert.False(next.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }

    [Fact]
    public async Task A_pulse_during_a_wait_ends_it()
    {
        var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(Never, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        signal.Pulse();

        await AssertEndsAsync(waiting);
    }

    [Fact]
    public async Task A_wait_without_a_pulse_ends_quietly_at_its_timeout()
    {
        var signal = new OutboxSignal();

        await AssertEndsAsync(signal.WaitAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
    }

    private static async Task AssertEndsAsync(Task wait)
    {
        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(Guard)));
        await wait; // and did not fail
    }
}
