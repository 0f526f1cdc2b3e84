using Customs.Guarantees.V1;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// Bank guarantees against the running graph: accepted only from an organisation in the register on that day and within
/// its limits (Art. 342(1), (4)); one accepted before an exclusion stays valid (344(2)); a cash deposit gets a receipt (345(5)).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class BankGuaranteeTests(GraphFixture graph)
{
    [Fact]
    public async Task A_guarantee_from_a_bank_excluded_yesterday_is_refused_today_while_one_it_gave_last_month_stays_valid()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var (bank, _) = await g.EnterBankAsync(today.AddMonths(-3), Limits(100_000m, 400_000m, 1_000_000m));
        var principal = Callers.NewTaxpayerNumber();
        AcceptSecurityRequest Guarantee(decimal amount, DateOnly acceptedOn) => new()
        {
            SecurityReference = NewId("bg"), Method = SecurityMethod.BankGuarantee, PrincipalTaxpayerNumber = principal, GuarantorTaxpayerNumber = bank,
            Amount = Amount(amount, "RUB"), AcceptedOn = Day(acceptedOn), General = true,
        };

        var lastMonth = await g.Securities.AcceptSecurityAsync(Guarantee(400_000m, today.AddMonths(-1)), g.Inspector);
        var second = await g.Securities.AcceptSecurityAsync(Guarantee(400_000m, today.AddMonths(-1)), g.Inspector);
        var headroom = await g.Register.LookUpGuarantorAsync(new() { TaxpayerNumber = bank, On = Day(today) }, g.Inspector);
        var overPerGuarantee = await Refused(g.Securities.AcceptSecurityAsync(Guarantee(400_000.01m, today), g.Inspector));
        var overConcurrent = await Refused(g.Securities.AcceptSecurityAsync(Guarantee(200_000.01m, today), g.Inspector));
        var belowMinimum = await Refused(g.Securities.AcceptSecurityAsync(Guarantee(99_999.99m, today), g.Inspector));
        await g.Register.ExcludeFromRegisterAsync(new()
        {
            TaxpayerNumber = bank, Ground = ExclusionGround.EntryTermBreached, ExcludedFrom = Day(today.AddDays(-1)), Reason = "own funds below the term of entry",
        }, g.Head);
        var afterExclusion = await Refused(g.Securities.AcceptSecurityAsync(Guarantee(150_000m, today), g.Inspector));
        var stillValid = await g.Securities.ReserveSecurityAsync(new()
        {
            SecurityId = lastMonth.Security.SecurityId, OperationReference = NewId("op"), DeclarationId = NewId("decl"), Amount = Amount(150_000m, "RUB"),
        }, g.Inspector);

        Assert.True(lastMonth.Created && second.Created);
        Assert.Equal((800_000m, 200_000m), (Rub(headroom.Outstanding), Rub(headroom.Headroom)));
        Assert.Equal((StatusCode.FailedPrecondition, "GUARANTOR_LIMIT_EXCEEDED"), overPerGuarantee);
        Assert.Equal((StatusCode.FailedPrecondition, "GUARANTOR_LIMIT_EXCEEDED"), overConcurrent);
        Assert.Equal((StatusCode.FailedPrecondition, "BELOW_GUARANTEE_MINIMUM"), belowMinimum);
        Assert.Equal((StatusCode.FailedPrecondition, "GUARANTOR_NOT_IN_REGISTER"), afterExclusion);
        Assert.True(stillValid.Created);
        Assert.Equal(250_000m, Rub(stillValid.Available));
    }

    [Fact]
    public async Task A_cash_deposit_gets_a_customs_receipt_and_the_same_reference_again_books_nothing()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var deposit = new AcceptSecurityRequest
        {
            SecurityReference = NewId("cash"), Method = SecurityMethod.CashDeposit, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(),
            Amount = Amount(75_000m, "RUB"), AcceptedOn = Day(today),
        };

        var first = await g.Securities.AcceptSecurityAsync(deposit, g.Inspector);
        var again = await g.Securities.AcceptSecurityAsync(deposit, g.Inspector);
        var reused = await Refused(g.Securities.AcceptSecurityAsync(new AcceptSecurityRequest(deposit) { Amount = Amount(75_000.01m, "RUB") }, g.Inspector));

        Assert.StartsWith("10005000/", first.Security.ReceiptNumber);
        Assert.Equal((true, false, first.Security.SecurityId, first.Security.ReceiptNumber),
            (first.Created, again.Created, again.Security.SecurityId, again.Security.ReceiptNumber));
        Assert.Equal((StatusCode.AlreadyExists, "SECURITY_REFERENCE_REUSED"), reused);
    }
}
