using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Art. 398: officers give the parties written permission to sample and inspect suspended goods, on confidentiality.</summary>
[Collection(GraphCollection.Name)]
public sealed class InspectionPermissionTests(GraphFixture graph)
{
    private static GrantInspectionPermissionRequest Request(string id) => new()
    {
        SuspensionId = id,
        Party = SuspensionParty.RightHolder,
        GranteeName = "Petrov P. P., attorney of the holder",
        Actions = { InspectionAction.TakeSamples, InspectionAction.Photograph },
        PermissionReference = "Permission 15-27/77",
    };

    [Fact]
    public async Task An_officer_permits_the_holder_to_take_samples_of_suspended_goods_and_the_permission_binds_it_to_confidentiality()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("Sample");

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.GrantInspectionPermissionAsync(Request(id)).ResponseAsync);
        var holder = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.GrantInspectionPermissionAsync(Request(id), ipRegister.RightHolder).ResponseAsync);
        var permission = (await ipRegister.Client.GrantInspectionPermissionAsync(Request(id), ipRegister.Inspector)).Permission;
        var shown = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).InspectionPermissions;

        Assert.Equal((StatusCode.Unauthenticated, StatusCode.PermissionDenied), (anonymous.StatusCode, holder.StatusCode));
        Assert.Equal([InspectionAction.TakeSamples, InspectionAction.Photograph], permission.Actions);
        Assert.Equal(("inspector-7", "inspector"), (permission.GrantedBy, permission.GrantedByRole));
        Assert.Contains("398(3)", permission.ConfidentialityCondition);
        Assert.Equal(permission, Assert.Single(shown));
    }

    [Fact]
    public async Task A_permission_lasts_as_long_as_the_suspension_including_its_extension()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("SampleExt");
        var permission = (await ipRegister.Client.GrantInspectionPermissionAsync(Request(id), ipRegister.Inspector)).Permission;
        var suspended = await ipRegister.GetSuspensionAsync(id);

        var extended = (await ipRegister.Client.ExtendSuspensionAsync(new ExtendSuspensionRequest
        {
            SuspensionId = id, WorkingDays = 10, CompetentAuthorityReference = "Claim A40-2/2026", DecisionReference = "Decision No. 15/2026",
        }, ipRegister.Head)).Suspension;
        var shown = Assert.Single((await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).InspectionPermissions);

        // Art. 398(1): the permission is for goods "whose release has been suspended": to the last day of the term, then of the extension.
        Assert.Equal(suspended.SuspendedUntil, permission.ValidUntil);
        Assert.NotEqual(suspended.SuspendedUntil, extended.SuspendedUntil);
        Assert.Equal(extended.SuspendedUntil, shown.ValidUntil);
    }

    [Fact]
    public async Task Held_goods_are_not_open_to_sampling_before_the_heads_decision_and_a_permission_must_be_written()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.HoldAsync("SampleHeld");
        var unwritten = Request(id);
        unwritten.PermissionReference = "";

        var held = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.GrantInspectionPermissionAsync(Request(id), ipRegister.Inspector).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.GrantInspectionPermissionAsync(unwritten, ipRegister.Inspector).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }
}
