using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.Payments.V1;
using Customs.Suite.Tests.Payments;
using Dapper;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Art. 337(2) against the running graph: security "shall not be required ... in the instances when the customs authorities
/// have good reasons to believe that the commitments assumed before them shall be fulfilled". The head's written waiver is
/// booked once, lets the declaration stand released without security (conditional release, 337(1)[2]), refuses a
/// reservation for it, and lets a deferral of 47,355.40 RUB be granted without the security 333(5) would ask.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class SecurityWaiverTests(GraphFixture graph)
{
    [Fact]
    public async Task A_heads_written_waiver_is_booked_once_allows_release_refuses_a_reservation_and_lets_a_deferral_be_granted_without_security()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var deferrals = new DeferralService.DeferralServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        // Presented and accepted 04.04.2025: 47,355.40 RUB due by 19.04.2025 (Art. 329(1)).
        var (declaration, owed) = await AssessedDeclarationAsync(payments, new DateOnly(2025, 4, 4), payer: "7707083893");
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        Task<(bool, string)> StandingAsync() => connection.QuerySingleAsync<(bool, string)>(
            "select allows_release, basis from release_standings where declaration_id = @declaration", new { declaration });
        var before = await StandingAsync();
        var waive = new WaiveSecurityRequest
        {
            WaiverReference = NewId("waiver"), DeclarationId = declaration, DecidedOn = Day(2025, 4, 11),
            Reason = "Ten years of imports, every payment made in its term; the goods are perishable and released at once",
        };

        var first = await g.Securities.WaiveSecurityAsync(waive, g.Head);
        var again = await g.Securities.WaiveSecurityAsync(waive, g.Head);
        var reused = await Refused(g.Securities.WaiveSecurityAsync(new WaiveSecurityRequest(waive) { Reason = "Another reason" }, g.Head));
        var noReason = await Refused(g.Securities.WaiveSecurityAsync(new WaiveSecurityRequest(waive) { WaiverReference = NewId("waiver"), Reason = " " }, g.Head));
        var after = await StandingAsync();
        var pledge = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("pledge"), Method = SecurityMethod.Pledge, PrincipalTaxpayerNumber = "7707083893", Amount = Amount(100_000m, "RUB"),
            AcceptedOn = Day(2025, 4, 4), PledgedProperty = Property(100_000m),
        }, g.Inspector)).Security;
        var reserve = await Refused(g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = pledge.SecurityId, OperationReference = NewId("op"), DeclarationId = declaration, Amount = Amount(owed, "RUB"),
        }, g.Inspector));
        // Asked 10.04, granted 14.04 in two parts without a security reference: 47,355.40 and its interest need none now.
        var asked = (await deferrals.RequestDeferralAsync(new()
        {
            RequestReference = NewId("ask"), DeclarationId = declaration, PayerTaxpayerNumber = "7707083893", Kind = DeferralKind.Instalments,
            Ground = DeferralGround.PerishableGoods, Months = 2, SubmittedOn = Day(2025, 4, 10),
        }, payer)).Deferral;
        var granted = (await deferrals.DecideDeferralAsync(new DecideDeferralRequest
        {
            DeferralId = asked.DeferralId, Outcome = DeferralStatus.Approved, DecidedOn = Day(2025, 4, 14),
        }, g.Head)).Deferral;
        var listed = (await g.Securities.ListSecurityWaiversAsync(new() { DeclarationId = declaration }, g.Inspector)).Waivers;

        Assert.Equal(47_355.40m, owed);
        Assert.Equal((false, "owed"), before);
        Assert.Equal((true, false, first.Waiver.WaiverId), (first.Created, again.Created, again.Waiver.WaiverId));
        Assert.Equal(("10005000", "head-13", Day(2025, 4, 11)), (first.Waiver.OfficeCode, first.Waiver.DecidedBy, first.Waiver.DecidedOn));
        Assert.Equal((StatusCode.AlreadyExists, "WAIVER_REFERENCE_REUSED"), reused);
        Assert.Equal(StatusCode.InvalidArgument, noReason.Item1);
        Assert.Equal((true, "security_waived"), after);
        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_NOT_REQUIRED"), reserve);
        Assert.Equal((DeferralStatus.Approved, false, ""), (granted.Status, granted.Security.Required, granted.Security.Reference));
        Assert.Equal(waive.Reason, Assert.Single(listed).Reason);
    }
}
