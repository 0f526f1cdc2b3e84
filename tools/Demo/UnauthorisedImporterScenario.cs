using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;
using Ip = Customs.IpRegister.V1;

namespace Customs.Demo;

/// <summary>
/// Issue 15, scenario 1: 500 phones of a registered brand imported by an importer the right-holder did not authorise are
/// held and suspended for 10 working days (Customs Code Art. 397(1)), both parties told of each other (397(2)); the
/// right-holder goes to court and gets 10 more working days; the court finds no infringement (397(3)), the importer pays
/// (Arts. 329, 332) and the goods are released with nobody acting.
/// </summary>
public sealed class UnauthorisedImporterScenario(DemoGraph graph, Narrator say, Flow flow)
{
    private const string Importer = "7707083893";

    /// <returns>The brand the scenario entered in the IP register (scenario 2 posts a phone of it).</returns>
    public async Task<string> RunAsync()
    {
        say.Scenario("Scenario 1: 500 phones of a registered brand, imported by an importer the right-holder did not authorise", graph.NewTrace());
        var brand = $"Demofone{Random.Shared.Next(100_000, 1_000_000)}";
        var entry = await RegisterBrandAsync(brand);
        await flow.EnsureTodaysRatesAsync();

        var declarant = new CallerIdentityText("customs broker", CallerIdentity.Declarant("7702000001"));
        var registered = await flow.FileAndRegisterAsync(Filing(brand), declarant);
        var held = await flow.WaitAsync(registered.DeclarationId, d => d.ReleaseSuspensions.Count == 1, "the IP register's screening");
        var suspensionId = held.ReleaseSuspensions[0].SuspensionId;
        say.Step($"IP register: the phones match entry {entry}; the importer is not authorised: release held for the head's decision (Art. 397(1))");
        flow.SayConditions(held);

        var suspended = (await graph.IpRegister.DecideSuspensionAsync(new Ip.DecideSuspensionRequest
        {
            SuspensionId = suspensionId, Decision = Ip.SuspensionDecision.Suspend, DecisionReference = "Decision No. 1/demo",
        }, graph.As(DemoGraph.Head))).Suspension;
        say.Step($"IP register: the head suspends release until {Day(suspended.SuspendedUntil)} (10 working days, Art. 397(1))");
        var notices = (await graph.IpRegister.GetSuspensionAsync(new() { SuspensionId = suspensionId }, graph.As(DemoGraph.Inspector))).Notices;
        foreach (var notice in notices)
        {
            var addressee = notice.Addressee == Ip.SuspensionParty.RightHolder ? "right-holder" : "declarant";
            say.Detail($"notice to the {addressee} by {Day(notice.DueBy)}: the other party is {notice.OtherParty.Name}, {notice.OtherParty.Address} (Art. 397(2))");
        }

        var extended = (await graph.IpRegister.ExtendSuspensionAsync(new Ip.ExtendSuspensionRequest
        {
            SuspensionId = suspensionId, WorkingDays = 10, CompetentAuthorityReference = "Claim A40-1/demo to the Arbitration Court",
            DecisionReference = "Decision No. 2/demo",
        }, graph.As(DemoGraph.Head))).Suspension;
        say.Step($"IP register: the right-holder shows it went to court; suspension extended to {Day(extended.SuspendedUntil)} (Art. 397(1))");
        var waiting = await flow.WaitAsync(registered.DeclarationId,
            d => d.ReleaseSuspensions.Any(s => s.SuspendedUntil?.Equals(extended.SuspendedUntil) == true), "the extension to reach Declarations");
        flow.SayConditions(waiting);

        await graph.IpRegister.RecordCourtDecisionAsync(new Ip.RecordCourtDecisionRequest
        {
            SuspensionId = suspensionId, Counterfeit = false, DecisionReference = "A40-1/demo",
        }, graph.As(DemoGraph.Head));
        say.Step("IP register: the court finds no infringement; the suspension is lifted (Arts. 397(3), 399(1))");
        var owing = await flow.WaitAsync(registered.DeclarationId,
            d => d.ReleaseConditions.Conditions.All(c => c.Met || c.Kind == ReleaseConditionKind.Payments), "the lift to reach Declarations");
        flow.SayConditions(owing);

        await flow.PayAsync(registered.DeclarationId, Importer);
        var released = await flow.WaitAsync(registered.DeclarationId, d => d.Status == DeclarationStatus.Released, "the release");
        say.Step($"Declarations: RELEASED by {released.History[^1].Actor} ({released.History[^1].LegalBasis})");
        return brand;
    }

    private async Task<string> RegisterBrandAsync(string brand)
    {
        var holder = new Ip.Party { Name = $"{brand} Holdings", Address = "1 Holder Street, Beijing" };
        var submitted = await graph.IpRegister.SubmitApplicationAsync(new Ip.SubmitApplicationRequest
        {
            Applicant = holder, Capacity = Ip.ApplicantCapacity.RightHolder, RightHolder = holder,
            Object = new Ip.IpObject
            {
                Kind = Ip.IpObjectKind.Trademark, Name = brand, RegistrationNumber = $"RU-{Random.Shared.Next(100_000, 1_000_000)}", Classes = { 9 },
                ProtectionEndsOn = new Google.Type.Date { Year = 2040, Month = 12, Day = 31 },
            },
            Goods = new Ip.GoodsIdentification { TariffCodes = { "8517" }, BrandSpellings = { brand } },
            RequestedUntil = new Google.Type.Date { Year = 2039, Month = 12, Day = 31 },
            SupportingDocuments = { "Trademark certificate" }, DamageCompensationObligation = true,
            Security = new Ip.Security
            {
                Kind = Ip.SecurityKind.LiabilityInsurance, Amount = new Google.Type.Money { CurrencyCode = "RUB", Units = 500_000 }, Reference = "Policy 1/demo",
                ValidUntil = new Google.Type.Date { Year = 2040, Month = 1, Day = 31 },
            },
        }, graph.As(DemoGraph.RightHolder));
        var entry = (await graph.IpRegister.DecideApplicationAsync(
            new Ip.DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, graph.As(DemoGraph.Head))).RegisterEntryId;
        await graph.IpRegister.AddAuthorisedImporterAsync(new Ip.AddAuthorisedImporterRequest
        {
            RegisterEntryId = entry, TaxpayerNumber = "7736050003", Name = "Official Distributor LLC",
        }, graph.As(DemoGraph.Head));
        say.Step($"IP register: trademark {brand} entered in the customs register ({entry}) for heading 8517, "
            + "Official Distributor LLC its authorised importer (Arts. 393-395)");
        return entry;
    }

    private FileDeclarationRequest Filing(string brand) => new()
    {
        RequestId = Guid.NewGuid().ToString(), Kind = DeclarationKind.CommercialImport, Direction = MovementDirection.Import,
        CustomsOfficeCode = "10005020",
        Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Grey Phones LLC", TaxpayerNumber = Importer, Address = "Moscow, Vavilova 19", CountryCode = "RU" },
        PresentationDate = flow.TodayOnTheWire, PresentationPlace = "Sheremetyevo cargo terminal",
        Items =
        {
            new GoodsItem
            {
                Description = "mobile phones (smartphones)", TariffCode = "8517130000", Brand = brand, OriginCountryCode = "CN",
                Quantity = Money.Dec(500), Unit = "pcs", GrossWeightKg = Money.Dec(125), NetWeightKg = Money.Dec(100),
                InvoiceValue = new Google.Type.Money { CurrencyCode = "EUR", Units = 75_000 },
                CustomsValue = new Google.Type.Money { CurrencyCode = "EUR", Units = 80_000 }, CustomsValueMethod = 1,
                IntendedUse = IntendedUse.Commercial,
            },
        },
    };

    private static string Day(Google.Type.Date? d) => d is null ? "-" : $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}";
}
