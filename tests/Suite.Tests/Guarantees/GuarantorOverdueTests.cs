using Customs.Guarantees.V1;
using Customs.Suite.Tests.Payments;
using Dapper;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// A demand to a guarantor left unmet past its term (Art. 350(4)) on the running graph: announced once as overdue, listed
/// (paged) among the overdue demands, and the breach of the guarantee it shows is what an exclusion on that ground of
/// Art. 344(1) needs on record.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GuarantorOverdueTests(GraphFixture graph)
{
    [Fact]
    public async Task Demands_unmet_past_their_term_are_announced_once_listed_page_by_page_and_let_the_bank_be_excluded_for_the_breach()
    {
        using var g = new GuaranteesDriver(graph.App);
        using var payments = new PaymentsDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(new DateOnly(2025, 3, 3), Limits(10_000m, 5_000_000m, 50_000_000m)); // in the register from 01.04.2025
        var exclusion = new ExcludeFromRegisterRequest
        {
            TaxpayerNumber = bank, Ground = ExclusionGround.GuaranteeObligationBreached, ExcludedFrom = Day(today), Reason = "demands unmet in their term",
        };
        var beforeAnyDemand = await Refused(g.Register.ExcludeFromRegisterAsync(exclusion, g.Head));
        var demands = new List<GuarantorDemand>();
        for (var n = 0; n < 2; n++)
        {
            demands.Add(await UnmetDemandAsync(g, payments, bank));
        }

        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        var ids = demands.Select(d => d.DemandId).ToArray();
        var announced = await Eventually.WaitAsync(() => connection.ExecuteScalarAsync<int>("""
            select count(*)::int from outbox_messages
            where message_type = 'Customs.Payments.Contracts.GuarantorDemandOverdue' and payload ->> 'demandId' = any(@ids)
            """, new { ids }), c => c == 2, TimeSpan.FromSeconds(60), "both demands announced overdue");
        var first = await g.Demands.ListOverdueGuarantorDemandsAsync(new() { GuarantorTaxpayerNumber = bank, PageSize = 1 }, g.Inspector);
        var second = await g.Demands.ListOverdueGuarantorDemandsAsync(new() { GuarantorTaxpayerNumber = bank, PageSize = 1, PageToken = first.NextPageToken }, g.Inspector);
        var otherFilter = await Refused(g.Demands.ListOverdueGuarantorDemandsAsync(new() { PageSize = 1, PageToken = first.NextPageToken }, g.Inspector));
        var excluded = await g.Register.ExcludeFromRegisterAsync(exclusion, g.Head);
        var stillOnce = await connection.ExecuteScalarAsync<int>("""
            select count(*)::int from outbox_messages
            where message_type = 'Customs.Payments.Contracts.GuarantorDemandOverdue' and payload ->> 'demandId' = any(@ids)
            """, new { ids });

        Assert.Equal((StatusCode.FailedPrecondition, "NO_BREACH_ON_RECORD"), beforeAnyDemand);
        // Art. 350(4), (5): handed on 30.09.2025, ten working days: to be met by 14.10.2025.
        Assert.All(demands, d => Assert.Equal((Day(2025, 10, 14), true), (d.MeetBy, d.Overdue)));
        Assert.Equal(2, announced);
        Assert.Equal(ids.Order(), new[] { Assert.Single(first.Demands).DemandId, Assert.Single(second.Demands).DemandId }.Order());
        Assert.All(first.Demands.Concat(second.Demands), d => Assert.True(d.Overdue));
        Assert.NotEmpty(first.NextPageToken);
        Assert.Empty(second.NextPageToken);
        Assert.Equal((StatusCode.InvalidArgument, "INVALID_REQUEST"), otherFilter);
        Assert.Equal(ExclusionGround.GuaranteeObligationBreached, excluded.Entry.ExclusionGround);
        Assert.Equal(2, stillOnce);
    }

    /// <summary>A declaration of 04.04.2025 (term 19.04.2025) secured by the bank's guarantee, unpaid, and a demand handed to the bank on 30.09.2025.</summary>
    private static async Task<GuarantorDemand> UnmetDemandAsync(GuaranteesDriver g, PaymentsDriver payments, string bank)
    {
        var (principal, declaration) = (Callers.NewTaxpayerNumber(), NewId("breached"));
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = Customs.Payments.V1.DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            GoodsPresentedOn = Day(2025, 4, 4), PayerTaxpayerNumber = principal, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var guarantee = (await g.Securities.AcceptSecurityAsync(new()
        {
            SecurityReference = NewId("bg"), Method = SecurityMethod.BankGuarantee, PrincipalTaxpayerNumber = principal, GuarantorTaxpayerNumber = bank,
            Amount = Amount(100_000m, "RUB"), AcceptedOn = Day(2025, 4, 4),
        }, g.Inspector)).Security;
        var operation = NewId("op");
        await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, DeclarationId = declaration, Amount = Amount(47_355.40m, "RUB"), // what it owes (Art. 338(1))
        }, g.Inspector);
        return (await g.Demands.CallGuaranteeAsync(new()
        {
            SecurityId = guarantee.SecurityId, OperationReference = operation, DemandReference = NewId("demand"), DispatchedOn = Day(2025, 9, 30),
            Delivery = DemandDelivery.Handed, WorkingDaysToMeet = 10,
        }, g.Inspector)).Demand;
    }
}
