using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Customs.Suite.Tests.IpRegister;
using Google.Type;
using Ip = Customs.IpRegister.V1;

namespace Customs.Suite.Tests.Release;

/// <summary>
/// Issue 15's scenarios where the IP register decides: the goods wait for the suspension of release (Customs Code Art. 397,
/// GAC IPR measures Arts. 21-29) and are released, with nobody acting, once it ends and every other condition holds.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class IpScenarioTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task Scenario_1_phones_of_an_unauthorised_importer_are_suspended_extended_for_the_court_and_released_when_it_finds_no_infringement()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Phones");
        var entry = await ipRegister.RegisterAsync(brand, "8517");
        await ipRegister.Client.AddAuthorisedImporterAsync(new Ip.AddAuthorisedImporterRequest
        {
            RegisterEntryId = entry, TaxpayerNumber = "7701000002", Name = "Authorised Phones LLC",
        }, ipRegister.Head);
        var filed = await FileAsync(Phones(await _calls.CommercialImportPresentedTodayAsync(), brand, 500));
        await _calls.PayAsync(filed.DeclarationId);

        // Art. 397(1): the match holds the goods until the head's written decision, which suspends release for 10 working days.
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var suspended = await ipRegister.DecideAsync(suspensionId, Ip.SuspensionDecision.Suspend);
        var notices = (await ipRegister.Client.GetSuspensionAsync(new Ip.GetSuspensionRequest { SuspensionId = suspensionId }, ipRegister.Inspector)).Notices;
        var waiting = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.IpScreening,
            c => suspended.SuspendedUntil.Equals(c.Until), "the suspension's last day on the declaration");

        // Art. 397(1): extended by up to 10 more working days on the holder's application to the court.
        var extended = (await ipRegister.Client.ExtendSuspensionAsync(new Ip.ExtendSuspensionRequest
        {
            SuspensionId = suspensionId, WorkingDays = 10, CompetentAuthorityReference = "Claim A40-500/2026 to the Arbitration Court of Moscow",
            DecisionReference = "Decision No. 31/2026",
        }, ipRegister.Head)).Suspension;
        var longer = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.IpScreening,
            c => extended.SuspendedUntil.Equals(c.Until), "the extension on the declaration");

        // Art. 397(3), 399(1): only a court finds goods counterfeit; this one found no infringement, so release goes ahead.
        var decided = (await ipRegister.Client.RecordCourtDecisionAsync(new Ip.RecordCourtDecisionRequest
        {
            SuspensionId = suspensionId, Counterfeit = false, DecisionReference = "A40-500/2026",
        }, ipRegister.Head)).Suspension;
        var released = await _calls.ReleasedAsync(filed.DeclarationId);

        var decidedOn = DateOf(suspended.DecidedOn);
        var russia = WorkingCalendars.Default.Russia;
        Assert.Equal(Day(russia.AddWorkingDays(decidedOn, 10)), suspended.SuspendedUntil);
        Assert.Equal(Day(russia.AddWorkingDays(DateOf(suspended.SuspendedUntil), 10)), extended.SuspendedUntil);
        // Art. 397(2): each party is told the other's name and address.
        Assert.Equal(("Sberbank", "Moscow, Vavilova 19"),
            (notices.Single(n => n.Addressee == Ip.SuspensionParty.RightHolder).OtherParty.Name, notices.Single(n => n.Addressee == Ip.SuspensionParty.RightHolder).OtherParty.Address));
        Assert.Equal(suspended.RightHolder.Name, notices.Single(n => n.Addressee == Ip.SuspensionParty.Declarant).OtherParty.Name);
        var waits = waiting.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.IpScreening);
        Assert.Equal(("right-holder, court or the head of the customs office", DeclarationStatus.ReleaseSuspended), (waits.WaitingFor, waiting.Status));
        Assert.Contains("397", waits.LegalBasis);
        Assert.Equal(DeclarationStatus.ReleaseSuspended, longer.Status);
        Assert.Equal((Ip.SuspensionStatus.Lifted, Ip.LiftReason.CourtFoundNoInfringement), (decided.Status, decided.LiftReason));
        Assert.Equal("customs (automatic release)", released.History[^1].Actor);
        Assert.All(released.ReleaseConditions.Conditions, c => Assert.True(c.Met, c.Note));
    }

    [Fact]
    public async Task Scenario_6_a_suspension_nobody_acts_on_lifts_the_day_after_its_tenth_working_day_and_the_goods_are_released()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Idle");
        await ipRegister.RegisterAsync(brand, "8517");
        var filed = await FileAsync(Phones(await _calls.CommercialImportPresentedTodayAsync(), brand, 40));
        await _calls.PayAsync(filed.DeclarationId);
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var suspended = await ipRegister.DecideAsync(suspensionId, Ip.SuspensionDecision.Suspend);

        // Art. 399(1): the suspension ends when its term expires; ten working days are at most 10 + 4 weekend days + the
        // longest run of holidays, so 30 days on is past it. Nobody acts.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(30));
        var released = await _calls.ReleasedAsync(filed.DeclarationId);
        var lifted = await ipRegister.GetSuspensionAsync(suspensionId);

        Assert.Equal((Ip.SuspensionStatus.Lifted, Ip.LiftReason.Expired), (lifted.Status, lifted.LiftReason));
        Assert.Equal(Day(DateOf(suspended.SuspendedUntil).AddDays(1)), lifted.EndedOn);
        Assert.Equal(suspended.LiftsOn, lifted.EndedOn);
        Assert.Equal("customs (automatic release)", released.History[^1].Actor);
    }

    [Fact]
    public async Task Scenario_7_goods_detained_at_a_Chinese_office_are_released_when_no_court_notice_comes_within_50_working_days()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("Drones");
        await ipRegister.RegisterAsync(brand, "8517");
        var filing = Phones(await _calls.CommercialImportPresentedTodayAsync(), brand, 200);
        filing.CustomsOfficeCode = "CN5100";
        var filed = await FileAsync(filing);
        // Art. 318: the Customs Code's payments are not assessed at an office of another jurisdiction.
        var nothingToPay = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.Payments, c => c.Met, "Payments' word on a Chinese office");

        // GAC Art. 21: a Chinese office suspends at once; Art. 22: the holder has 3 working days from the notice's delivery.
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var today = OfficeTime.DateAt(await graph.App.NowAsync(), OfficeTime.Beijing);
        var notified = (await ipRegister.Client.RecordGacNoticeDeliveredAsync(new Ip.RecordGacNoticeDeliveredRequest
        {
            SuspensionId = suspensionId, DeliveredOn = Day(today), NoticeReference = "GZ customs notice 2026-700",
        }, ipRegister.Inspector)).Suspension;
        // Art. 23(1)2: goods of RMB 150,000 call for 50%, RMB 75,000 (not less than RMB 20,000); the holder applies the same day.
        var detained = (await ipRegister.Client.ApplyForGacDetentionAsync(new Ip.ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(150_000), Guarantee = Cny(75_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Shenzhen Drone Works", ApplicationReference = "Application 70/2026",
        }, ipRegister.Inspector)).Suspension;
        var held = await _calls.ConditionAsync(filed.DeclarationId, ReleaseConditionKind.IpScreening,
            c => detained.SuspendedUntil.Equals(c.Until), "the detention's term on the declaration");

        // Art. 28: 30 working days to investigate run out without a finding; Art. 29: no court notice within 50 working days
        // of detaining, so the goods are released. 50 Chinese working days are at most 10 weeks plus the Spring Festival
        // and National Day weeks: 100 days on is past the term.
        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(100));
        var released = await _calls.ReleasedAsync(filed.DeclarationId);
        var lifted = await ipRegister.GetSuspensionAsync(suspensionId);

        var china = WorkingCalendars.Default.China;
        Assert.Equal(Day(china.AddWorkingDays(today, 3)), notified.ChinaDetention.HolderAnswerDue);
        Assert.Equal((Ip.DetentionOutcome.Detained, Cny(75_000)), (detained.ChinaDetention.Outcome, detained.ChinaDetention.RequiredGuarantee));
        Assert.Equal(Day(china.AddWorkingDays(today, 30)), detained.ChinaDetention.InvestigationDue);
        Assert.Equal(Day(china.AddWorkingDays(today, 50)), detained.SuspendedUntil);
        Assert.Equal(DeclarationStatus.ReleaseSuspended, held.Status);
        Assert.Equal(Ip.SuspensionStatus.Lifted, lifted.Status);
        Assert.Equal("customs (automatic release)", released.History[^1].Actor);
        Assert.Contains("another country's law", nothingToPay.ReleaseConditions.Conditions.Single(c => c.Kind == ReleaseConditionKind.Payments).Note);
    }

    /// <summary>The suspension the IP register announced for the declaration's one item (held, or suspended at once).</summary>
    private async Task<string> SuspensionOfAsync(string declarationId) =>
        (await Eventually.WaitAsync(() => _calls.GetAsync(declarationId), d => d.ReleaseSuspensions.Count == 1, TimeSpan.FromSeconds(60),
            $"the IP register's suspension of declaration {declarationId}")).ReleaseSuspensions[0].SuspensionId;

    private async Task<Declaration> FileAsync(FileDeclarationRequest filing)
    {
        var filed = (await _calls.Client.FileDeclarationAsync(filing, _calls.AsDeclarant)).Declaration;
        await _calls.Client.RegisterDeclarationAsync(new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _calls.AsOfficer());
        return filed;
    }

    private static FileDeclarationRequest Phones(FileDeclarationRequest filing, string brand, int units)
    {
        var item = filing.Items[0];
        item.Description = "mobile phones (smartphones)";
        item.TariffCode = "8517130000";
        item.Brand = brand;
        item.OriginCountryCode = "CN";
        item.Quantity = WireDecimals.Dec(units);
        item.GrossWeightKg = WireDecimals.Dec(units * 0.4m);
        item.NetWeightKg = WireDecimals.Dec(units * 0.2m);
        item.InvoiceValue = new Money { CurrencyCode = "EUR", Units = units * 150L };
        item.CustomsValue = new Money { CurrencyCode = "EUR", Units = units * 160L };
        return filing;
    }

    private static DateOnly DateOf(Date day) => new(day.Year, day.Month, day.Day);

    private static Date Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static Money Cny(long units) => new() { CurrencyCode = "CNY", Units = units };

    public void Dispose() => _calls.Dispose();
}
