using Customs.IpRegister.V1;
using Grpc.Core;

namespace Customs.Suite.Tests.IpRegister;

[Collection(GraphCollection.Name)]
public sealed class SuspensionTests(GraphFixture graph)
{
    [Fact]
    public async Task Only_the_head_or_deputy_extends_a_suspension_and_by_at_most_ten_working_days()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("Ext");
        var request = new ExtendSuspensionRequest { SuspensionId = id, WorkingDays = 10, CompetentAuthorityReference = "Claim A40-1/2026",
            DecisionReference = "Decision No. 14/2026",
        };

        var denied = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ExtendSuspensionAsync(request, ipRegister.Inspector).ResponseAsync);
        var extended = (await ipRegister.Client.ExtendSuspensionAsync(request, ipRegister.Head)).Suspension;
        var again = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ExtendSuspensionAsync(request, ipRegister.Head).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(10, extended.ExtendedWorkingDays);
        Assert.Equal(("Decision No. 14/2026", "head-1", "head"), (extended.ExtensionDecisionReference, extended.ExtendedBy, extended.ExtendedByRole));
        Assert.NotNull(extended.ExtendedOn);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task An_extension_without_the_written_decisions_reference_or_beyond_any_maximum_is_a_field_violation()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("ExtBad");
        var request = new ExtendSuspensionRequest { SuspensionId = id, WorkingDays = int.MaxValue, CompetentAuthorityReference = "Claim A40-1/2026" };

        var error = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.ExtendSuspensionAsync(request, ipRegister.Head).ResponseAsync);
        var unchanged = await ipRegister.GetSuspensionAsync(id);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["decision_reference", "working_days"],
            error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.Equal(0, unchanged.ExtendedWorkingDays);
    }

    [Fact]
    public async Task A_court_finding_no_infringement_releases_the_goods_and_makes_the_holder_liable()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("Court");

        var decided = (await ipRegister.Client.RecordCourtDecisionAsync(
            new RecordCourtDecisionRequest { SuspensionId = id, Counterfeit = false, DecisionReference = "A40-2/2026" }, ipRegister.Head)).Suspension;

        Assert.Equal(SuspensionStatus.Lifted, decided.Status);
        Assert.Equal(LiftReason.CourtFoundNoInfringement, decided.LiftReason);
        Assert.True(decided.HolderLiableForDamage);
    }

    [Fact]
    public async Task A_suspension_lifts_on_its_own_the_day_after_its_term_expires()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("Expiry");
        var active = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).Suspension;

        // Ten working days are at most 10 + 4 weekend days + the longest run of holidays: 30 days is past the term.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(30));
        var lifted = await Eventually.WaitAsync(
            async () => (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = id }, ipRegister.Inspector)).Suspension,
            s => s.Status == SuspensionStatus.Lifted, TimeSpan.FromSeconds(30), "the suspension to lift on expiry");

        Assert.Equal(SuspensionStatus.Active, active.Status);
        Assert.Equal(LiftReason.Expired, lifted.LiftReason);
        Assert.Equal(active.LiftsOn, lifted.EndedOn);
        Assert.Equal((false, true), (active.HolderLiableForDamage, lifted.HolderLiableForDamage)); // Art. 397(3): no finding of counterfeit
    }

    [Fact]
    public async Task An_administrative_seizure_before_the_term_expires_keeps_the_goods_from_release_and_is_announced_as_such()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var id = await ipRegister.SuspendAsync("Seizure");
        var control = await ipRegister.SuspendAsync("NoSeizure");
        var request = new RecordSeizureRequest
        {
            SuspensionId = id, Act = SeizureAct.AdministrativeSeizure, Authority = "OMVD Presnensky, Moscow", Reference = "Protocol 77-1/2026",
        };

        var byInspector = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.RecordSeizureAsync(request, ipRegister.Inspector).ResponseAsync);
        var seized = (await ipRegister.Client.RecordSeizureAsync(request, ipRegister.Head)).Suspension;
        // Art. 399(1): past the term the suspension would have lifted; seized goods do not.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(30));
        await Eventually.WaitAsync(() => ipRegister.GetSuspensionAsync(control), s => s.Status == SuspensionStatus.Lifted,
            TimeSpan.FromSeconds(30), "the suspension of the same term without a seizure to lift");
        var later = await ipRegister.GetSuspensionAsync(id);

        Assert.Equal(StatusCode.PermissionDenied, byInspector.StatusCode);
        Assert.Equal((SuspensionStatus.Seized, SeizureAct.AdministrativeSeizure), (seized.Status, seized.SeizureAct));
        Assert.Equal(("OMVD Presnensky, Moscow", "Protocol 77-1/2026", ""), (seized.SeizingAuthority, seized.SeizureReference, seized.CourtDecisionReference));
        Assert.Equal((SuspensionStatus.Seized, LiftReason.Unspecified), (later.Status, later.LiftReason));
    }

    [Fact]
    public async Task An_application_missing_its_parts_is_refused_with_one_violation_per_part()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var request = IpRegisterDriver.Application("Partial", "8517", ApplicantCapacity.Importer);
        request.PowerOfAttorneyReference = "";
        request.DamageCompensationObligation = false;
        request.Security.Amount.Units = 100_000;

        var error = await Assert.ThrowsAsync<RpcException>(() => ipRegister.Client.SubmitApplicationAsync(request, ipRegister.RightHolder).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>();
        Assert.Equal(["power_of_attorney", "damage_compensation_obligation", "security.amount"], badRequest.FieldViolations.Select(v => v.Field));
    }
}
