using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Art. 397(2): on the head's decision to suspend, declarant and holder are each notified of the other.</summary>
[Collection(GraphCollection.Name)]
public sealed class SuspensionNoticeTests(GraphFixture graph)
{
    [Fact]
    public async Task A_decision_to_suspend_puts_a_notice_to_each_party_on_the_pending_list_until_it_is_recorded_as_sent()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("Notice");
        var whileHeld = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).Notices;

        var suspension = await ipRegister.DecideAsync(id, SuspensionDecision.Suspend);
        var notices = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).Notices;
        var pending = (await ipRegister.Client.ListPendingNoticesAsync(new ListPendingNoticesRequest { PageSize = 1000 }, ipRegister.Inspector)).Notices;
        var anonymous = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ListPendingNoticesAsync(new ListPendingNoticesRequest(), ipRegister.Declarant).ResponseAsync);
        var sent = (await ipRegister.Client.RecordNoticeSentAsync(
            new RecordNoticeSentRequest { SuspensionId = id, Addressee = SuspensionParty.RightHolder, SentReference = "Letter 15-27/1234" },
            ipRegister.Inspector)).Notice;
        var stillPending = (await ipRegister.Client.ListPendingNoticesAsync(new ListPendingNoticesRequest { PageSize = 1000 }, ipRegister.Inspector)).Notices;

        Assert.Empty(whileHeld);
        var toHolder = Assert.Single(notices, n => n.Addressee == SuspensionParty.RightHolder);
        var toDeclarant = Assert.Single(notices, n => n.Addressee == SuspensionParty.Declarant);
        Assert.Equal(("Grey Imports LLC", "Orenburg, Sovetskaya 5"), (toHolder.OtherParty.Name, toHolder.OtherParty.Address));
        Assert.Equal(suspension.RightHolder.Name, toDeclarant.OtherParty.Name);
        Assert.Equal(suspension.RightHolder.Address, toDeclarant.OtherParty.Address);
        Assert.Equal(suspension.NotifyPartiesBy, toHolder.DueBy);
        Assert.Equal(2, pending.Count(n => n.SuspensionId == id));
        Assert.Equal(StatusCode.PermissionDenied, anonymous.StatusCode);
        Assert.True(sent.Sent);
        Assert.Equal("inspector-7", sent.SentBy);
        Assert.Equal([SuspensionParty.Declarant], stillPending.Where(n => n.SuspensionId == id).Select(n => n.Addressee));
    }
}
