using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Dapper;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// Art. 333(4) against the running graph: "Deferral or payment by instalments of customs duties and taxes may be approved
/// with regard to one or several categories of customs duties and taxes, as well as to the total dutiable amounts or part
/// thereof." Art. 336(1): interest "chargeable on the sum of the arrears for customs duties and taxes proceeding from the
/// refinance rate ... effective in the period of deferral". The categories not deferred keep the term of Art. 329(1) and
/// bear the penalty of Art. 349(2) after it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CategoryDeferralTests(GraphFixture graph)
{
    [Fact]
    public async Task A_deferral_of_vat_only_leaves_the_duty_due_on_its_term_with_its_penalty_and_counts_interest_on_vat_alone()
    {
        using var payments = new PaymentsDriver(graph.App);
        var deferrals = new DeferralService.DeferralServiceClient(graph.App.CreateGrpcChannel("payments"));
        var payer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, "7707083893", "7707083893", null, null));
        var head = graph.App.As(Callers.Officer("head-12", OfficerRole.Head));
        var id = NewId("deferred-vat");
        // Accepted and presented 04.04.2025, due 19.04.2025 (Art. 329(1)): customs value 1,000 EUR x 93.1608 = 93,160.80;
        // duty 10% but not less than 2.5 EUR a pair x 100 pairs = 23,290.20 (the specific part); VAT 20% of 116,451.00 =
        // 23,290.20; fee 775.00: 47,355.40.
        await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector);
        var ask = new RequestDeferralRequest
        {
            RequestReference = NewId("ask"), DeclarationId = id, PayerTaxpayerNumber = "7707083893", Kind = DeferralKind.Deferral,
            Ground = DeferralGround.PerishableGoods, Months = 2, SubmittedOn = Day(2025, 4, 10), Categories = { PaymentCategory.Vat },
        };

        // A category that owes nothing (no excise on footwear), a fee, or more than the VAT owes: field violations, nothing booked.
        var noExcise = await Refused(deferrals, new RequestDeferralRequest(ask) { RequestReference = NewId("ask"), Categories = { PaymentCategory.Excise } }, payer);
        var fee = await Refused(deferrals, new RequestDeferralRequest(ask) { RequestReference = NewId("ask"), Categories = { PaymentCategory.CustomsFee } }, payer);
        var tooMuch = await Refused(deferrals, new RequestDeferralRequest(ask) { RequestReference = NewId("ask"), Amount = Amount(23_290.21m, "RUB") }, payer);
        Assert.Equal(["categories[1]", "categories[1]", "amount"], new[] { noExcise, fee, tooMuch });
        Assert.Equal(0L, await CountAsync(id));

        var asked = (await deferrals.RequestDeferralAsync(ask, payer)).Deferral;
        // Granted 14.04 for two months from the term: the VAT is due 19.06.2025; its interest from 20.04 (Art. 336(1)):
        // 23,290.20 x 21% x 50/365 (20.04-08.06) = 669.99, x 20% x 11/365 (09.06-19.06) = 140.38: 810.37.
        var granted = (await deferrals.DecideDeferralAsync(new DecideDeferralRequest
        {
            DeferralId = asked.DeferralId, Outcome = DeferralStatus.Approved, DecidedOn = Day(2025, 4, 14), SecurityReference = "guarantee-2025-19",
        }, head)).Deferral;

        Assert.Equal([PaymentCategory.Vat], asked.Categories);
        Assert.Equal(23_290.20m, Rub(asked.Amount));
        var part = Assert.Single(granted.Schedule);
        Assert.Equal((PaymentCategory.Vat, 6, 19, 23_290.20m), (part.Category, part.DueOn.Month, part.DueOn.Day, Rub(part.Principal)));
        Assert.Equal([669.99m, 140.38m], part.InterestParts.Select(p => Rub(p.Amount)));
        Assert.All(part.InterestParts, p => Assert.Contains("VAT", p.Trace.Rule, StringComparison.Ordinal));

        // 30.04.2025, nothing paid: fees and duty (24,065.20) are in arrears from 20.04: x 21%/300 x 11 days = 185.30;
        // the VAT is not, and bears interest alone: 23,290.20 x 21% x 11/365 = 147.40.
        var on30April = await ObligationOn(payments, id, Day(2025, 4, 30));
        Assert.Equal([(4, 19, 24_065.20m, false, PaymentCategory.Unspecified), (6, 19, 23_290.20m, true, PaymentCategory.Vat)],
            on30April.Terms.Select(t => (t.DueOn.Month, t.DueOn.Day, Rub(t.Unpaid), t.Deferred, t.Category)));
        Assert.Equal((185.30m, 147.40m), (Rub(on30April.PenaltyToDate), Rub(on30April.InterestToDate)));
        Assert.Equal(
            [
                (PaymentCategory.CustomsFee, 775.00m, 0m, 775.00m, 0m), (PaymentCategory.ImportDuty, 23_290.20m, 0m, 23_290.20m, 0m),
                (PaymentCategory.Vat, 23_290.20m, 0m, 23_290.20m, 23_290.20m),
            ],
            on30April.Categories.Select(c => (c.Category, Rub(c.Assessed), Rub(c.Paid), Rub(c.Outstanding), Rub(c.Deferred))));

        // 19.06.2025, the VAT's term: the duty's penalty 24,065.20 x 21%/300 x 50 days = 842.28 and x 20%/300 x 11 days = 176.48;
        // the VAT still none, its interest 810.37 as the schedule said. 20.06: the VAT is in arrears too, one day on
        // 47,355.40 x 20%/300 = 31.57; no interest after its term.
        var onVatTerm = await ObligationOn(payments, id, Day(2025, 6, 19));
        var dayAfter = await ObligationOn(payments, id, Day(2025, 6, 20));
        Assert.Equal((842.28m + 176.48m, 810.37m), (Rub(onVatTerm.PenaltyToDate), Rub(onVatTerm.InterestToDate)));
        Assert.Equal((842.28m + 176.48m + 31.57m, 810.37m), (Rub(dayAfter.PenaltyToDate), Rub(dayAfter.InterestToDate)));
    }

    [Fact]
    public async Task The_obligation_keeps_the_categories_of_each_reassessment_as_migration_0045_backfills_them()
    {
        using var payments = new PaymentsDriver(graph.App);
        var id = NewId("categories");
        var first = (await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = id, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4), PayerTaxpayerNumber = "7707083893",
            Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, payments.Inspector)).Assessment;
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        var backfilledAsKept = await connection.ExecuteScalarAsync<bool>(Backfill, new { id });

        // 200 pairs established: duty 2.5 EUR x 200 = 46,580.40 (+23,290.20); VAT 20% of (93,160.80 + 46,580.40) = 27,948.24
        // (+4,658.04); fee 775.00 (+0): 27,948.24 more to pay.
        var revised = await payments.Client.ReassessDeclarationAsync(new()
        {
            DeclarationId = id, ExpectedVersion = first.Version, Items = { Item(1, "6403990000", 1_000m, quantity: 200) }, Reason = "Act of examination: 200 pairs",
        }, payments.Inspector);
        var obligation = await ObligationOn(payments, id, Day(2025, 4, 19));

        Assert.True(backfilledAsKept);
        Assert.Equal([(PaymentCategory.CustomsFee, 0m), (PaymentCategory.ImportDuty, 23_290.20m), (PaymentCategory.Vat, 4_658.04m)],
            revised.CategoryDifferences.Select(c => (c.Category, Rub(c.Difference))));
        Assert.Equal([(PaymentCategory.CustomsFee, 775.00m), (PaymentCategory.ImportDuty, 46_580.40m), (PaymentCategory.Vat, 27_948.24m)],
            obligation.Categories.Select(c => (c.Category, Rub(c.Assessed))));
        Assert.Equal(75_303.64m, Rub(obligation.Assessed));
        Assert.True(await connection.ExecuteScalarAsync<bool>(Backfill, new { id }));
    }

    /// <summary>Migration 0045's backfill for one declaration: true when it gives what the obligation keeps.</summary>
    private const string Backfill = """
        with latest as (
            select distinct on (declaration_id) declaration_id, document from assessments where declaration_id = @id order by declaration_id, version desc
        ), figures as (
            select l.declaration_id, x.figure ->> 'kind' as kind, (x.figure ->> 'amountRub')::numeric as amount
            from latest l
            cross join lateral (
                select jsonb_array_elements(coalesce(i.item -> 'figures', '[]'::jsonb)) as figure
                from jsonb_array_elements(coalesce(l.document -> 'items', '[]'::jsonb)) as i(item)
                union all
                select jsonb_array_elements(coalesce(l.document -> 'declarationFigures', '[]'::jsonb))
            ) x
            where x.figure ->> 'kind' in ('customs_fee', 'import_duty', 'export_duty', 'flat_rate', 'excise', 'vat')
        ), per_category as (
            select declaration_id, kind, sum(amount) as amount from figures group by declaration_id, kind
        )
        select jsonb_agg(jsonb_build_object('category', kind, 'assessedRub', amount)
                         order by array_position(array['customs_fee', 'import_duty', 'export_duty', 'flat_rate', 'excise', 'vat'], kind))
               = (select categories from obligations where declaration_id = @id)
        from per_category
        """;

    private static async Task<Obligation> ObligationOn(PaymentsDriver payments, string id, Google.Type.Date on) =>
        (await payments.Client.GetObligationAsync(new() { DeclarationId = id, On = on }, payments.Inspector)).Obligation;

    private static async Task<string> Refused(DeferralService.DeferralServiceClient deferrals, RequestDeferralRequest request, Metadata payer)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => deferrals.RequestDeferralAsync(request, payer).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        return refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field;
    }

    private async Task<long> CountAsync(string declarationId)
    {
        await using var db = await graph.App.CreateDataSourceAsync("payments-db");
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select count(*) from deferrals where declaration_id = @declarationId", new { declarationId });
    }
}
