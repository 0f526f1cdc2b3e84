using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Art. 394(5): one month to decide an application, extendable to two; a decision after its day is recorded as late.</summary>
[Collection(GraphCollection.Name)]
public sealed class ApplicationConsiderationTests(GraphFixture graph)
{
    [Fact]
    public async Task An_extended_consideration_is_decided_in_time_while_one_left_at_one_month_is_decided_late()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var left = await ipRegister.Client.SubmitApplicationAsync(
            IpRegisterDriver.Application(IpRegisterDriver.UniqueBrand("Month"), "6403"), ipRegister.RightHolder);
        var extendedOne = await ipRegister.Client.SubmitApplicationAsync(
            IpRegisterDriver.Application(IpRegisterDriver.UniqueBrand("Months"), "6403"), ipRegister.RightHolder);
        var oneMonth = new DateOnly(extendedOne.DecideBy.Year, extendedOne.DecideBy.Month, extendedOne.DecideBy.Day);
        var request = new ExtendApplicationConsiderationRequest
        {
            ApplicationId = extendedOne.ApplicationId, Reason = "Documents asked of the patent office (Art. 394(5))",
            DecideBy = Date(oneMonth.AddMonths(1).AddDays(1)), // a day past two months from submission: too far
        };

        var tooFar = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ExtendApplicationConsiderationAsync(request, ipRegister.Inspector).ResponseAsync);
        request.DecideBy = Date(oneMonth.AddDays(14));
        var extended = await ipRegister.Client.ExtendApplicationConsiderationAsync(request, ipRegister.Inspector);
        // 35 days on: past one month (at most 31 days), within the extended day (at least 28 + 14 days).
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(35));
        var late = await ipRegister.Client.DecideApplicationAsync(new DecideApplicationRequest { ApplicationId = left.ApplicationId, Approve = true }, ipRegister.Inspector);
        var inTime = await ipRegister.Client.DecideApplicationAsync(new DecideApplicationRequest { ApplicationId = extendedOne.ApplicationId, Approve = true }, ipRegister.Inspector);

        Assert.Equal(StatusCode.FailedPrecondition, tooFar.StatusCode);
        Assert.Equal(request.DecideBy, extended.DecideBy);
        Assert.Equal((true, left.DecideBy), (late.DecidedLate, late.DecideBy));
        Assert.Equal((false, request.DecideBy), (inTime.DecidedLate, inTime.DecideBy));
    }

    private static Google.Type.Date Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
