using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Art. 397(1): a match holds the goods; only the head of the office or the deputy suspends, in writing.</summary>
[Collection(GraphCollection.Name)]
public sealed class SuspensionDecisionTests(GraphFixture graph)
{
    [Fact]
    public async Task A_match_holds_the_goods_pending_the_heads_decision()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Hold");
        await ipRegister.RegisterAsync(brand, "3303");

        var result = (await ipRegister.Client.ScreenDeclarationAsync(IpRegisterDriver.Commercial(brand, "3303001000", 10, Guid.NewGuid().ToString()), ipRegister.Inspector)).Results.Single();
        var held = await ipRegister.GetSuspensionAsync(result.SuspensionId);

        Assert.Equal(ScreeningOutcome.Held, result.Outcome);
        Assert.Equal(SuspensionStatus.Held, held.Status);
        Assert.NotNull(held.DecideBy);
        Assert.Equal(held.DecideBy, held.SuspendedUntil);
        Assert.Null(held.NotifyPartiesBy);
    }

    [Fact]
    public async Task Only_the_head_or_the_deputy_suspends_held_goods_and_the_term_runs_from_the_decision()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("Decide");

        var denied = await Assert.ThrowsAsync<RpcException>(() => ipRegister.DecideAsync(id, SuspensionDecision.Suspend, ipRegister.Inspector));
        var unsigned = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.DecideSuspensionAsync(
            new DecideSuspensionRequest { SuspensionId = id, Decision = SuspensionDecision.Suspend }, ipRegister.Deputy).ResponseAsync);
        var suspended = await ipRegister.DecideAsync(id, SuspensionDecision.Suspend, ipRegister.Deputy);
        var again = await Assert.ThrowsAsync<RpcException>(() => ipRegister.DecideAsync(id, SuspensionDecision.Decline));

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unsigned.StatusCode);
        Assert.Equal(SuspensionStatus.Active, suspended.Status);
        Assert.Equal(suspended.DecidedOn, suspended.SuspendedOn);
        Assert.Equal("deputy_head", suspended.DecidedByRole);
        Assert.Equal("deputy-2", suspended.DecidedBy);
        Assert.Equal("Decision No. 12/2026", suspended.DecisionReference);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task A_declined_hold_is_lifted_and_release_may_go_ahead()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("Decline");

        var declined = await ipRegister.DecideAsync(id, SuspensionDecision.Decline);

        Assert.Equal(SuspensionStatus.Lifted, declined.Status);
        Assert.Equal(LiftReason.DecisionDeclined, declined.LiftReason);
        Assert.Equal(SuspensionDecision.Decline, declined.Decision);
        Assert.True(declined.HolderLiableForDamage); // Art. 397(3): the goods were stopped and not found counterfeit
    }

    [Fact]
    public async Task A_hold_without_a_decision_lapses_on_its_own_the_day_after_the_decision_was_due()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("Lapse");
        var held = await ipRegister.GetSuspensionAsync(id);

        // The next working day is at most 12 days on (the New Year holidays): 14 days is past it.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(14));
        var lapsed = await Eventually.WaitAsync(
            () => ipRegister.GetSuspensionAsync(id), s => s.Status == SuspensionStatus.Lifted, TimeSpan.FromSeconds(30), "the hold to lapse");
        var late = await Assert.ThrowsAsync<RpcException>(() => ipRegister.DecideAsync(id, SuspensionDecision.Suspend));

        Assert.Equal(LiftReason.NoDecision, lapsed.LiftReason);
        Assert.Equal(held.LiftsOn, lapsed.EndedOn);
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
    }

    [Fact]
    public async Task A_Chinese_office_suspends_at_once_under_GAC_Art_21_and_the_parties_notices_are_written_then()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Gac");
        await ipRegister.RegisterAsync(brand, "3303");
        var request = IpRegisterDriver.Commercial(brand, "3303001000", 10, Guid.NewGuid().ToString());
        request.CustomsOfficeCode = "CN5100";

        var result = (await ipRegister.Client.ScreenDeclarationAsync(request, ipRegister.Inspector)).Results.Single();
        var response = await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = result.SuspensionId }, ipRegister.Inspector);

        Assert.Equal(ScreeningOutcome.Suspended, result.Outcome);
        Assert.Equal(SuspensionStatus.Active, response.Suspension.Status);
        Assert.Equal(SuspensionDecision.Unspecified, response.Suspension.Decision);
        Assert.Equal(2, response.Notices.Count);
    }
}
