using Customs.BuildingBlocks.Calendar;
using Customs.Suite.Tests.Declarations;
using Dapper;
using Customs.IpRegister.V1;
using D = Customs.Declarations.V1;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>
/// Through the whole graph, a declaration filed at a Chinese office (the office data say it applies the GAC measures):
/// screening suspends its release at once (Art. 21), the notice's delivery starts the holder's 3 working days (Art. 22),
/// and the holder's application decides: with the guarantee of Art. 23 the goods are detained and the declaration's
/// suspension runs to the 50th working day from detaining (Art. 29); without it they are not detained and the
/// declaration may proceed (Art. 25): with nothing else to wait for (green lane; no payments of the Customs Code at a
/// Chinese office, Art. 318) it is released automatically.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GacDetentionInDeclarationsTests(GraphFixture graph) : IDisposable
{
    private const string GuangzhouCustoms = "CN5100";

    private readonly DeclarationCalls _declarations = new(graph);

    [Fact]
    public async Task A_holder_answering_in_time_with_the_guarantee_has_the_goods_detained_and_the_declaration_stays_suspended()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var filed = await FileAtChineseOfficeAsync(ipRegister, "Lanterns");
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var today = OfficeTime.DateAt(await graph.App.NowAsync(), OfficeTime.Beijing);

        var notified = (await ipRegister.Client.RecordGacNoticeDeliveredAsync(new RecordGacNoticeDeliveredRequest
        {
            SuspensionId = suspensionId, DeliveredOn = Day(today), NoticeReference = "GZ customs notice 2026-117",
        }, ipRegister.Inspector)).Suspension;
        // Art. 23(2): goods of RMB 50,000 call for 50%, RMB 25,000.
        var detained = (await ipRegister.Client.ApplyForGacDetentionAsync(new ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(50_000), Guarantee = Cny(25_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Guangzhou Lantern Works", ApplicationReference = "Application 5/2026",
        }, ipRegister.Inspector)).Suspension;
        var declaration = await Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _declarations.AsOfficer())).Declaration,
            d => d.ReleaseSuspensions.Any(s => s.SuspendedUntil.Equals(detained.SuspendedUntil)), TimeSpan.FromSeconds(30), "the detention's term to reach the declaration");

        var china = WorkingCalendars.Default.China;
        Assert.Equal(Day(china.AddWorkingDays(today, 3)), notified.ChinaDetention.HolderAnswerDue);
        Assert.Equal(notified.ChinaDetention.HolderAnswerDue, notified.SuspendedUntil);
        Assert.Equal(DetentionOutcome.Detained, detained.ChinaDetention.Outcome);
        Assert.Equal(SuspensionStatus.Active, detained.Status);
        // Art. 29: 50 working days from the day of detaining; Art. 28: 30.
        Assert.Equal(Day(china.AddWorkingDays(today, 50)), detained.SuspendedUntil);
        Assert.Equal(Day(china.AddWorkingDays(today, 30)), detained.ChinaDetention.InvestigationDue);
        Assert.Equal(("Orenburg Trading LLC", "Guangzhou Lantern Works"), (detained.ChinaDetention.Voucher.Consignee, detained.ChinaDetention.Voucher.Consignor));
        Assert.Equal(D.DeclarationStatus.ReleaseSuspended, declaration.Status);
        Assert.Contains(declaration.History, h => h.LegalBasis == "GAC IPR measures Arts. 25, 28-29");
    }

    [Fact]
    public async Task A_holder_answering_without_the_guarantee_has_the_goods_not_detained_and_the_declaration_may_proceed()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var filed = await FileAtChineseOfficeAsync(ipRegister, "Kites");
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var today = OfficeTime.DateAt(await graph.App.NowAsync(), OfficeTime.Beijing);
        var suspended = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.ReleaseSuspended, after: 0);

        await ipRegister.Client.RecordGacNoticeDeliveredAsync(new RecordGacNoticeDeliveredRequest
        {
            SuspensionId = suspensionId, DeliveredOn = Day(today), NoticeReference = "GZ customs notice 2026-118",
        }, ipRegister.Inspector);
        // Art. 23(3): goods over RMB 200,000 call for RMB 100,000; none is given, nor a general guarantee (Art. 24).
        var released = (await ipRegister.Client.ApplyForGacDetentionAsync(new ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(300_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Guangzhou Kite Works", ApplicationReference = "Application 6/2026",
        }, ipRegister.Inspector)).Suspension;
        var free = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.Released, after: suspended.Version);

        Assert.Equal(DetentionOutcome.NotDetained, released.ChinaDetention.Outcome);
        Assert.Equal(Cny(100_000), released.ChinaDetention.RequiredGuarantee);
        Assert.Equal((SuspensionStatus.Lifted, LiftReason.NotDetained), (released.Status, released.LiftReason));
        Assert.Equal(D.DeclarationStatus.Released, free.Status); // nothing else holds: green, and no payments of the Code at a Chinese office (Art. 318)
    }

    [Fact]
    public async Task A_holders_written_answer_that_the_goods_need_not_be_detained_releases_them_and_the_declaration_may_proceed()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var (filed, suspensionId, today, suspended) = await NotifiedAsync(ipRegister, "Umbrellas", "GZ customs notice 2026-120");

        // Art. 22, last paragraph: the holder inspects with customs' consent; Art. 22(2): then answers in writing, with reasons.
        await ipRegister.Client.RecordGacInspectionAsync(new RecordGacInspectionRequest
        {
            SuspensionId = suspensionId, Party = GacParty.RightHolder, InspectedOn = Day(today), ConsentReference = "Consent 12/2026",
        }, ipRegister.Inspector);
        var released = (await ipRegister.Client.RecordGacHolderAnswerAsync(new RecordGacHolderAnswerRequest
        {
            SuspensionId = suspensionId, AnsweredOn = Day(today), Reasons = "genuine goods bought from our distributor", AnswerReference = "Letter 44",
        }, ipRegister.Inspector)).Suspension;
        var free = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.Released, after: suspended.Version);

        Assert.Equal((SuspensionStatus.Lifted, LiftReason.HolderDeclined), (released.Status, released.LiftReason));
        Assert.Equal(DetentionOutcome.HolderDeclined, released.ChinaDetention.Outcome);
        Assert.Contains("genuine goods bought from our distributor", released.ChinaDetention.NotDetainedBecause);
        Assert.Equal((GacActKind.Inspection, GacParty.RightHolder, "Consent 12/2026"),
            (released.ChinaDetention.Acts[0].Kind, released.ChinaDetention.Acts[0].Party, released.ChinaDetention.Acts[0].Reference));
        Assert.Equal(D.DeclarationStatus.Released, free.Status); // nothing else holds: green, and no payments of the Code at a Chinese office (Art. 318)
        // The goods stay released: a later application to detain them finds the holder's answer recorded.
        var late = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => ipRegister.Client.ApplyForGacDetentionAsync(new ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(10_000), Guarantee = Cny(10_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Guangzhou Umbrella Works", ApplicationReference = "Application 8/2026",
        }, ipRegister.Inspector).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, late.StatusCode);
    }

    [Fact]
    public async Task Detained_goods_released_on_the_parties_agreement_let_the_declaration_proceed()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var (filed, suspensionId, today, suspended) = await NotifiedAsync(ipRegister, "Teapots", "GZ customs notice 2026-121");
        await ipRegister.Client.ApplyForGacDetentionAsync(new ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(10_000), Guarantee = Cny(10_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Guangzhou Teapot Works", ApplicationReference = "Application 9/2026",
        }, ipRegister.Inspector);

        // Art. 27(2): an advisory opinion asked while investigating; Art. 27(3): the parties agree and apply in writing.
        await ipRegister.Client.RequestGacAdvisoryOpinionAsync(new RequestGacAdvisoryOpinionRequest
        {
            SuspensionId = suspensionId, Authority = "China National Intellectual Property Administration", RequestedOn = Day(today),
            RequestReference = "GZ opinion request 3",
        }, ipRegister.Inspector);
        var released = (await ipRegister.Client.ReleaseGacGoodsByAgreementAsync(new ReleaseGacGoodsByAgreementRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), ApplicationReference = "Joint application 1", AgreementReference = "Settlement 2026-5",
        }, ipRegister.Inspector)).Suspension;
        var free = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.Released, after: suspended.Version);

        Assert.Equal((SuspensionStatus.Lifted, LiftReason.ReleasedByAgreement), (released.Status, released.LiftReason));
        Assert.Equal(DetentionOutcome.ReleasedByAgreement, released.ChinaDetention.Outcome);
        Assert.Equal(("Settlement 2026-5", true), (released.ChinaDetention.Release.AgreementReference, released.ChinaDetention.Release.InvestigationTerminated));
        Assert.Equal("China National Intellectual Property Administration", Assert.Single(released.ChinaDetention.Acts).Authority);
        Assert.Equal(D.DeclarationStatus.Released, free.Status); // nothing else holds: green, and no payments of the Code at a Chinese office (Art. 318)
    }

    [Fact]
    public async Task A_term_counted_again_at_start_up_after_a_calendar_data_change_reaches_the_declaration()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var filed = await FileAtChineseOfficeAsync(ipRegister, "Fans");
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var today = OfficeTime.DateAt(await graph.App.NowAsync(), OfficeTime.Beijing);
        await ipRegister.Client.RecordGacNoticeDeliveredAsync(new RecordGacNoticeDeliveredRequest
        {
            SuspensionId = suspensionId, DeliveredOn = Day(today), NoticeReference = "GZ customs notice 2026-119",
        }, ipRegister.Inspector);
        var detained = (await ipRegister.Client.ApplyForGacDetentionAsync(new ApplyForGacDetentionRequest
        {
            SuspensionId = suspensionId, AppliedOn = Day(today), GoodsValue = Cny(10_000), Guarantee = Cny(10_000),
            Consignee = "Orenburg Trading LLC", Consignor = "Guangzhou Fan Works", ApplicationReference = "Application 7/2026",
        }, ipRegister.Inspector)).Suspension;

        // The term as counted with other calendar data: a day short, provisional, under a data version the service has not
        // applied yet. At its next start-up the service counts it again from the day of detaining (Art. 29).
        await using (var db = await graph.App.CreateDataSourceAsync("ipregister-db"))
        await using (var connection = await db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                update suspensions set until = until - 1, until_provisional = true where id = @id;
                update gac_detentions set court_assistance_due = court_assistance_due - 1, provisional = true where suspension_id = @id;
                update calendar_data_versions set data_version = 'before-' || data_version where jurisdiction = 'CN';
                """, new { id = Guid.Parse(suspensionId) });
        }

        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await graph.App.RestartKeepingClockAsync("ipregister", timeout.Token);
        }

        var declaration = await Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _declarations.AsOfficer())).Declaration,
            d => d.History.Any(h => h.Note.Contains("calendar recounted")), TimeSpan.FromSeconds(60), "the recounted term to reach the declaration");
        var recounted = await ipRegister.GetSuspensionAsync(suspensionId);

        Assert.Equal(detained.SuspendedUntil, recounted.SuspendedUntil);
        Assert.Equal(detained.ChinaDetention.CourtAssistanceDue, recounted.ChinaDetention.CourtAssistanceDue);
        Assert.Equal(recounted.SuspendedUntil, Assert.Single(declaration.ReleaseSuspensions).SuspendedUntil);
        Assert.Single(declaration.History, h => h.Note.Contains("calendar recounted") && h.LegalBasis.StartsWith("CN working-day calendar, data version "));
    }

    /// <summary>A declaration whose release a Chinese office suspended (Art. 21), with the written notice delivered to the holder today (Art. 22).</summary>
    private async Task<(D.Declaration Filed, string SuspensionId, DateOnly Today, D.Declaration Suspended)> NotifiedAsync(
        IpRegisterDriver ipRegister, string prefix, string noticeReference)
    {
        var filed = await FileAtChineseOfficeAsync(ipRegister, prefix);
        var suspensionId = await SuspensionOfAsync(filed.DeclarationId);
        var today = OfficeTime.DateAt(await graph.App.NowAsync(), OfficeTime.Beijing);
        var suspended = await WaitForStatusAsync(filed.DeclarationId, D.DeclarationStatus.ReleaseSuspended, after: 0);
        await ipRegister.Client.RecordGacNoticeDeliveredAsync(new RecordGacNoticeDeliveredRequest
        {
            SuspensionId = suspensionId, DeliveredOn = Day(today), NoticeReference = noticeReference,
        }, ipRegister.Inspector);
        return (filed, suspensionId, today, suspended);
    }

    private async Task<D.Declaration> FileAtChineseOfficeAsync(IpRegisterDriver ipRegister, string prefix)
    {
        var brand = IpRegisterDriver.UniqueBrand(prefix);
        await ipRegister.RegisterAsync(brand, "6203");
        var filing = DeclarationCalls.CommercialImport();
        filing.CustomsOfficeCode = GuangzhouCustoms;
        filing.Items[0].Brand = brand;
        var filed = (await _declarations.Client.FileDeclarationAsync(filing, _declarations.AsDeclarant)).Declaration;
        await _declarations.Client.RegisterDeclarationAsync(
            new D.RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, _declarations.AsOfficer());
        return filed;
    }

    /// <summary>GAC Art. 21: at a Chinese office the match suspends release at once (no hold for a head's decision).</summary>
    private async Task<string> SuspensionOfAsync(string declarationId)
    {
        await using var db = await graph.App.CreateDataSourceAsync("ipregister-db");
        return await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<string?>(
                "select id::text from suspensions where declaration_id = @id and status = 'active' and jurisdiction = 'CN'",
                new { id = Guid.Parse(declarationId) });
        }, id => id is not null, TimeSpan.FromSeconds(30), "the match to suspend the goods") ?? "";
    }

    private Task<D.Declaration> WaitForStatusAsync(string id, D.DeclarationStatus status, int after) =>
        Eventually.WaitAsync(
            async () => (await _declarations.Client.GetDeclarationAsync(new D.GetDeclarationRequest { DeclarationId = id }, _declarations.AsOfficer())).Declaration,
            d => d.Status == status && d.Version > after, TimeSpan.FromSeconds(30), $"declaration {id} to be {status}");

    private static Google.Type.Date Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static Google.Type.Money Cny(long units) => new() { CurrencyCode = "CNY", Units = units };

    public void Dispose() => _declarations.Dispose();
}
