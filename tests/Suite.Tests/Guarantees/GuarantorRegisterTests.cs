using Customs.Guarantees.V1;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// The register of banks and insurers (Arts. 342-344) against the running graph: applied for once, decided with every
/// term by article, published as of a day, looked up through Redis and never stale after an exclusion.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GuarantorRegisterTests(GraphFixture graph)
{
    [Fact]
    public async Task A_bank_is_entered_from_the_first_of_the_next_month_published_and_once_excluded_is_out_at_the_very_next_lookup()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var submittedOn = today.AddMonths(-3);
        var bank = Callers.NewTaxpayerNumber();
        var apply = new SubmitRegisterApplicationRequest
        {
            ApplicationReference = NewId("application"), TaxpayerNumber = bank, Name = "Bank of the test", Kind = GuarantorKind.Bank,
            Documents = { BankDocuments }, Facts = SoundBank(), SubmittedOn = Day(submittedOn),
        };

        var first = await g.Register.SubmitRegisterApplicationAsync(apply, g.Bank(bank));
        var again = await g.Register.SubmitRegisterApplicationAsync(apply, g.Bank(bank));
        var decided = (await g.Register.DecideRegisterApplicationAsync(new()
        {
            ApplicationId = first.Application.ApplicationId, DecidedOn = Day(submittedOn.AddDays(10)), Limits = Limits(1_000_000m, 40_000_000m, 100_000_000m),
        }, g.Head)).Application;
        // Art. 343(10): "starting from the first day of the month following the month when said decision is passed".
        var enteredFrom = new DateOnly(submittedOn.AddDays(10).Year, submittedOn.AddDays(10).Month, 1).AddMonths(1);
        var inToday = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today) }, g.Inspector);
        var published = await ListAllAsync(g, enteredFrom);
        var dayBefore = await ListAllAsync(g, enteredFrom.AddDays(-1));

        var excluded = await g.Register.ExcludeFromRegisterAsync(new()
        {
            TaxpayerNumber = bank, Ground = ExclusionGround.LicenceWithdrawn, ExcludedFrom = Day(today.AddDays(-1)), Reason = "licence withdrawn by order 12",
        }, g.Head);
        var outToday = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today) }, g.Inspector);
        var inLastMonth = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today.AddMonths(-1)) }, g.Inspector);
        var tooEarly = await Assert.ThrowsAsync<RpcException>(() => g.Register.SubmitRegisterApplicationAsync(
            new SubmitRegisterApplicationRequest(apply) { ApplicationReference = NewId("again"), SubmittedOn = Day(today) }, g.Bank(bank)).ResponseAsync);

        Assert.Equal((true, false, first.Application.ApplicationId), (first.Created, again.Created, again.Application.ApplicationId));
        Assert.Equal(Day(submittedOn.AddDays(30)), first.Application.DecideBy);
        Assert.Equal(ApplicationStatus.Entered, decided.Status);
        Assert.Equal(["343(2)[1]", "343(2)[2]", "343(2)[3]", "343(2)[4]", "343(2)[5]"], decided.Criteria.Select(c => c.Article));
        Assert.Equal((Day(enteredFrom), Day(submittedOn.AddDays(13)), false), (decided.EnteredFrom, decided.NotifyBy, decided.DecidedLate));
        Assert.True(inToday.InRegister);
        Assert.Equal(100_000_000m, Rub(inToday.Headroom));
        Assert.Single(published, e => e.TaxpayerNumber == bank);
        Assert.DoesNotContain(dayBefore, e => e.TaxpayerNumber == bank);
        Assert.Equal(Day(today.AddDays(-1)), excluded.Entry.ExcludedFrom);
        Assert.False(outToday.InRegister);
        Assert.Equal(0m, Rub(outToday.Headroom));
        Assert.True(inLastMonth.InRegister);
        Assert.Equal((StatusCode.FailedPrecondition, "REGISTER_REENTRY_TOO_EARLY"), (tooEarly.StatusCode, Reason(tooEarly)));
    }

    [Fact]
    public async Task An_insurer_short_of_the_500_million_capital_of_343_4_3_is_refused_for_that_term_alone_and_not_entered()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var insurer = Callers.NewTaxpayerNumber();
        string[] documents =
        [
            "certificate_of_incorporation", "legal_person_registration", "signature_card", "balance_report", "income_and_loss_report",
            "assets_and_liabilities_report", "performance_indexes_reference", "audit_conclusion",
        ];
        var submitted = await g.Register.SubmitRegisterApplicationAsync(new()
        {
            ApplicationReference = NewId("application"), TaxpayerNumber = insurer, Name = "Insurer of the test", Kind = GuarantorKind.Insurer,
            Documents = { documents }, SubmittedOn = Day(today),
            Facts = new()
            {
                LicenceValid = true, YearsOfOperation = 6, AuthorisedCapital = Amount(499_999_999.99m, "RUB"), PositiveBalanceLastYear = true,
                FreeAssetsAtLeastNormative = true, NetAssetsAtLeastPaidCapital = true,
            },
        }, g.Inspector);
        var missing = await Assert.ThrowsAsync<RpcException>(() => g.Register.SubmitRegisterApplicationAsync(new()
        {
            ApplicationReference = NewId("application"), TaxpayerNumber = Callers.NewTaxpayerNumber(), Name = "No audit", Kind = GuarantorKind.Insurer,
            Documents = { documents.SkipLast(1) }, Facts = new(), SubmittedOn = Day(today),
        }, g.Inspector).ResponseAsync);

        var decided = (await g.Register.DecideRegisterApplicationAsync(new() { ApplicationId = submitted.Application.ApplicationId, DecidedOn = Day(today) }, g.Head)).Application;
        var lookup = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = insurer, On = Day(today.AddMonths(1)) }, g.Inspector);

        Assert.Equal(ApplicationStatus.Refused, decided.Status);
        Assert.Equal(7, decided.Criteria.Count);
        Assert.Equal(["343(4)[3]"], decided.Criteria.Where(c => !c.Met).Select(c => c.Article));
        Assert.Null(decided.EnteredFrom);
        Assert.False(lookup.InRegister);
        Assert.Equal((StatusCode.FailedPrecondition, "REGISTER_DOCUMENTS_MISSING"), (missing.StatusCode, Reason(missing)));
        Assert.Contains("audit_conclusion", missing.Status.Detail);
    }

    private static async Task<List<RegisterEntry>> ListAllAsync(GuaranteesDriver g, DateOnly on)
    {
        var all = new List<RegisterEntry>();
        var token = "";
        do
        {
            var page = await g.Register.ListRegisterAsync(new() { On = Day(on), PageSize = 1000, PageToken = token }, g.Inspector);
            all.AddRange(page.Entries);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }
}
