using Customs.Suite.Tests.Declarations;
using Dapper;
using Grpc.Core;
using D = Customs.Declarations.V1;
using Customs.IpRegister.V1;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>
/// Through the whole graph: a declaration filed with the Declarations service is screened, the match holds the goods
/// (Art. 397(1)), the Declarations service keeps them unreleased through the existing ReleaseSuspended event, and a
/// head's decision to decline lets release go ahead.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class HeldGoodsInDeclarationsTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _declarations = new(graph);

    [Fact]
    public async Task Goods_held_for_the_heads_decision_stay_unreleased_until_the_head_declines_to_suspend()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var filed = await FileMatchingAsync(ipRegister, "Trousers", await _declarations.CommercialImportPresentedTodayAsync());
        // Paid and green: the IP register's hold is all that keeps the goods.
        await _declarations.PayAsync(filed.DeclarationId);
        await _declarations.ConditionAsync(filed.DeclarationId, D.ReleaseConditionKind.CustomsControl, c => c.Met, "the green lane");

        var suspensionId = await HoldOfAsync(filed.DeclarationId);
        var held = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.ReleaseSuspended, after: 0);
        var refused = await Assert.ThrowsAsync<RpcException>(() => _declarations.Client.ReleaseGoodsAsync(
            new D.ReleaseGoodsRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = held.Version }, _declarations.AsOfficer()).ResponseAsync);
        await ipRegister.DecideAsync(suspensionId, SuspensionDecision.Decline);
        // Declined: the last condition holds and the goods go with nobody acting.
        var released = await _declarations.ReleasedAsync(filed.DeclarationId);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains(held.History, h => h.ToStatus == D.DeclarationStatus.ReleaseSuspended && h.LegalBasis.Contains("pending the written decision"));
        Assert.Equal(D.DeclarationStatus.Released, released.Status);
    }

    [Fact]
    public async Task Goods_suspended_by_the_heads_decision_stay_unreleased_until_the_suspension_is_lifted()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var filed = await FileMatchingAsync(ipRegister, "Coats");
        var suspensionId = await HoldOfAsync(filed.DeclarationId);
        var held = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.ReleaseSuspended, after: 0);

        var decision = await ipRegister.DecideAsync(suspensionId, SuspensionDecision.Suspend);
        var suspended = await Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _declarations.AsOfficer())).Declaration,
            d => d.ReleaseSuspensions.Any(s => s.Stage == D.ReleaseSuspensionStage.Suspended), TimeSpan.FromSeconds(30), "the head's decision to reach the declaration");
        var extended = (await ipRegister.Client.ExtendSuspensionAsync(new ExtendSuspensionRequest
        {
            SuspensionId = suspensionId, WorkingDays = 5, CompetentAuthorityReference = "Claim A40-7/2026", DecisionReference = "Decision No. 15/2026",
        }, ipRegister.Deputy)).Suspension;
        var longer = await Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _declarations.AsOfficer())).Declaration,
            d => d.ReleaseSuspensions.Any(s => s.SuspendedUntil.Equals(extended.SuspendedUntil)), TimeSpan.FromSeconds(30), "the extension to reach the declaration");
        await ipRegister.Client.LiftSuspensionAsync(new LiftSuspensionRequest { SuspensionId = suspensionId }, ipRegister.Head);
        var free = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.UnderControl, after: longer.Version);

        Assert.Equal(D.ReleaseSuspensionStage.HeldPendingDecision, Assert.Single(held.ReleaseSuspensions).Stage);
        // Art. 397(1): the written decision, by whom, its reference and the suspension's last day, are in the history.
        var until = decision.SuspendedUntil;
        Assert.Single(free.History, h => h.LegalBasis.Contains("397(1)") && h.Note == $"suspension {suspensionId}: suspended by the decision of "
            + $"the head of the customs office, Decision No. 12/2026, until {until.Year:D4}-{until.Month:D2}-{until.Day:D2}");
        Assert.Equal((until, "Decision No. 12/2026", "head"),
            (Assert.Single(suspended.ReleaseSuspensions).SuspendedUntil, suspended.ReleaseSuspensions[0].DecisionReference, suspended.ReleaseSuspensions[0].DecidedByRole));
        // The extension is the deputy's written decision too, and the declaration names it.
        var last = extended.SuspendedUntil;
        Assert.Single(free.History, h => h.LegalBasis.Contains("397(1)") && h.Note == $"suspension {suspensionId} extended by the decision of the "
            + $"deputy head, Decision No. 15/2026 until {last.Year:D4}-{last.Month:D2}-{last.Day:D2}");
        // The hold, the decision and the lift: the declaration was suspended once and is free again.
        Assert.Single(free.History, h => h.ToStatus == D.DeclarationStatus.ReleaseSuspended && h.FromStatus == D.DeclarationStatus.UnderControl);
        Assert.Equal(D.DeclarationStatus.UnderControl, free.Status);
    }

    private async Task<D.Declaration> FileMatchingAsync(IpRegisterDriver ipRegister, string prefix, D.FileDeclarationRequest? filing = null)
    {
        var brand = IpRegisterDriver.UniqueBrand(prefix);
        await ipRegister.RegisterAsync(brand, "6203");
        filing ??= DeclarationCalls.CommercialImport();
        filing.Items[0].Brand = brand;
        var filed = (await _declarations.Client.FileDeclarationAsync(filing, _declarations.AsDeclarant)).Declaration;
        await _declarations.Client.RegisterDeclarationAsync(
            new D.RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _declarations.AsOfficer());
        return filed;
    }

    private async Task<string> HoldOfAsync(string declarationId)
    {
        await using var db = await graph.App.CreateDataSourceAsync("ipregister-db");
        return await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<string?>(
                "select id::text from suspensions where declaration_id = @id and status = 'held'", new { id = Guid.Parse(declarationId) });
        }, id => id is not null, TimeSpan.FromSeconds(30), "the match to hold the goods") ?? "";
    }

    private Task<D.Declaration> WaitForStatusAsync(string id, D.DeclarationStatus status, int after) =>
        Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = id }, _declarations.AsOfficer())).Declaration,
            d => d.Status == status && d.Version > after, TimeSpan.FromSeconds(30), $"declaration {id} to be {status}");

    public void Dispose() => _declarations.Dispose();
}
