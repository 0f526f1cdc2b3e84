using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.Examination;
using Customs.Suite.Tests.Payments;
using Google.Type;
using static Customs.Suite.Tests.Payments.PaymentsDriver;
using Ex = Customs.Examination.V1;
using Pay = Customs.Payments.V1;

namespace Customs.Suite.Tests.Release;

/// <summary>
/// Issue 15's scenarios on the whole graph: one release decision across the four services. Goods are released when the IP
/// register found nothing (Arts. 397, 399), customs control is done (Arts. 358, 372), and the payments are paid or secured
/// (Arts. 329, 332, 337(1)[2]) after any reassessment on what customs established (Art. 372(5)); the declarant sees what
/// release waits for, by whom and until when.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ReleaseScenarioTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task Scenario_3_a_passenger_over_both_allowances_is_assessed_the_flat_rate_on_the_excess_pays_and_is_released()
    {
        using var payments = new PaymentsDriver(graph.App);
        await TodaysTestRates.ImportAsync(graph.App, payments);
        var today = await graph.App.TodayAsync();
        // 12,000 EUR and 80 kg: over by value 2,000/12,000 = 1/6, by weight 30/80 = 3/8; the larger part, 3/8, is 4,500 EUR and
        // 30 kg: 30% = 1,350 EUR, not less than 4 EUR x 30 kg = 120 EUR (memo, duties 1) -> 1,350 EUR x 100 RUB = 135,000.00 RUB.
        var passengerInn = Callers.NewPersonalTaxpayerNumber();
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(), Kind = DeclarationKind.PassengerAccompaniedLuggage, Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.NaturalPerson, Name = "Ivan Petrov", TaxpayerNumber = passengerInn, Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
            PresentationDate = new Date { Year = today.Year, Month = today.Month, Day = today.Day }, PresentationPlace = "Sheremetyevo, terminal D, red channel",
            Items =
            {
                Luggage("8471300000", "laptops", 8_000, 30), Luggage("9403600000", "furniture", 4_000, 50),
            },
        };
        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
        await _calls.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer());

        var owing = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.Payments, c => c.WaitingFor == "payer", "the flat rate to pay");
        var waits = owing.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Payments);
        var assessment = (await payments.Client.GetAssessmentAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Assessment;
        var paid = await _calls.PayAsync(filed.DeclarationId);
        var released = await _calls.ReleasedAsync(filed.DeclarationId);

        Assert.Equal(135_000.00m, Rub(assessment.Total));
        Assert.Contains("135000.00 RUB", waits.Note);
        Assert.Equal(new Date { Year = today.AddDays(15).Year, Month = today.AddDays(15).Month, Day = today.AddDays(15).Day }, waits.Until);
        Assert.Equal(DeclarationStatus.UnderControl, owing.Status);
        Assert.Contains("paid", paid.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Payments).Note);
        Assert.Equal("customs (automatic release)", released.History[^1].Actor);
    }

    [Fact]
    public async Task Scenario_4_a_red_lane_examination_finding_fewer_units_is_reassessed_the_goods_released_and_the_overpayment_refunded_on_request()
    {
        using var examination = new ExaminationDriver(graph);
        using var payments = new PaymentsDriver(graph.App);
        await TodaysTestRates.ImportAsync(graph.App, payments);
        var brand = $"Chateau-{Guid.NewGuid():N}"[..22];
        await examination.Risk.CreateRiskProfileAsync(new() { Profile = ExaminationDriver.RedForBrand(brand, "2204") }, examination.AsAnalyst);
        var today = await graph.App.TodayAsync();
        var day = new Date { Year = today.Year, Month = today.Month, Day = today.Day };
        var payer = Callers.NewPersonalTaxpayerNumber();

        // 5 l of wine: 2 l over the memo's 3 l at 10 EUR = 20 EUR = 2,000.00 RUB, paid before the examination.
        var filing = EventDrivenAssessmentTests.LuggageWithWine(5);
        filing.Items[0].Brand = brand;
        filing.Declarant.TaxpayerNumber = payer;
        filing.PresentationDate = day;
        var filed = (await _calls.Client.FileDeclarationAsync(filing, _calls.AsDeclarant)).Declaration;
        await _calls.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer());
        Assert.Equal(Ex.Lane.Red, (await examination.DecisionAsync(filed.DeclarationId)).Lane);
        await _calls.PayAsync(filed.DeclarationId);
        var red = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.CustomsControl, c => !c.Met && c.WaitingFor == "officer", "the red lane's examination");

        var opened = (await examination.Examinations.OpenExaminationAsync(new()
        {
            DeclarationId = filed.DeclarationId, Kind = Ex.ExaminationKind.Examination, Officers = { "officer-52" },
        }, examination.AsOfficer)).Examination;
        await examination.Examinations.RecordFindingAsync(new()
        {
            ExaminationId = opened.ExaminationId,
            Finding = new Ex.ItemFinding { ItemNumber = 1, QuantityFound = WireDecimals.Dec(4), Description = "four 1 l bottles", Marks = brand },
        }, examination.AsOfficer);
        await examination.Examinations.CompleteExaminationAsync(new()
        {
            ExaminationId = opened.ExaminationId, Results = "4 l of wine found of the 5 l declared",
            Attendees = { new Ex.Person { Name = "Ivan Petrov", Capacity = "declarant", Document = "passport" } },
        }, examination.AsOfficer);

        // Released once Payments has reassessed on the 4 l (1 l over 3 l = 1,000.00 RUB): overpaid, so nothing stands in the way.
        var released = await _calls.ReleasedAsync(filed.DeclarationId);
        var reassessed = (await payments.Client.GetAssessmentAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Assessment;

        Assert.Contains("examination of the goods is not completed", red.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.CustomsControl).Note);
        Assert.Equal((2, 1_000.00m), (reassessed.Version, Rub(reassessed.Total)));
        Assert.Equal(4m, decimal.Parse(released.Items[0].EstablishedQuantity.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(released.ReleaseConditions.Conditions, c => c.Kind == ReleaseConditionKind.CustomsControl && c.Met && c.Note.StartsWith("examination ", StringComparison.Ordinal));
        var obligation = (await payments.Client.GetObligationAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Obligation;
        Assert.Equal((1_000.00m, 2_000.00m, true), (Rub(obligation.Assessed), Rub(obligation.Paid), obligation.Settled));

        // Art. 355(3): customs tells the payer of the overpayment; 355(2), (5): the payer asks for it back to its account,
        // a natural person under any amount (355(9)); the head decides, and with no arrears to offset it is all refunded.
        using var refundChannel = graph.App.CreateGrpcChannel("payments");
        var refunds = new Pay.RefundService.RefundServiceClient(refundChannel);
        var asPayer = graph.App.As(CallerIdentity.Create(CallerRole.Payer, payer, payer, null, null));
        var notice = await refunds.NotifyOverpaymentAsync(new() { DeclarationId = filed.DeclarationId, DiscoveredOn = day, NotifiedOn = day }, payments.Inspector);
        var asked = (await refunds.RequestRefundAsync(new Pay.RequestRefundRequest
        {
            RequestReference = $"refund-{Guid.NewGuid():N}", DeclarationId = filed.DeclarationId, PayerTaxpayerNumber = payer, Ground = Pay.RefundGround.Overpaid,
            Amount = Amount(Rub(notice.Amount), "RUB"), PaidOn = day, SubmittedOn = day, NaturalPerson = true,
            RefundAccount = new() { BankBic = "044525225", AccountNumber = "40817810938000012345" },
        }, asPayer)).Refund;
        var refunded = (await refunds.DecideRefundAsync(new() { RefundId = asked.RefundId, DecidedOn = day, RefundedOn = day },
            graph.App.As(Callers.Officer("head-15", OfficerRole.Head)))).Refund;
        var after = (await payments.Client.GetObligationAsync(new() { DeclarationId = filed.DeclarationId }, payments.Inspector)).Obligation;

        Assert.Equal((1_000.00m, false), (Rub(notice.Amount), notice.NotifiedLate));
        Assert.Equal((true, 1_000.00m, 0m, 0m), (refunded.Decided, Rub(refunded.Refunded), Rub(refunded.Offset), Rub(refunded.Interest)));
        Assert.Equal((1_000.00m, 1_000.00m), (Rub(after.Assessed), Rub(after.Paid)));
    }

    private static GoodsItem Luggage(string code, string description, long eur, long kg) => new()
    {
        Description = description, TariffCode = code, OriginCountryCode = "DE", Quantity = WireDecimals.Dec(1), Unit = "pcs",
        GrossWeightKg = WireDecimals.Dec(kg), InvoiceValue = new Money { CurrencyCode = "EUR", Units = eur }, IntendedUse = IntendedUse.Personal,
    };

    public void Dispose() => _calls.Dispose();
}
