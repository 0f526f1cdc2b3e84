using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;

namespace Customs.Demo;

/// <summary>
/// Issue 15, scenario 2: a phone of the same registered brand posted to a natural person for personal use: screened and logged as exempt
/// (Customs Code Art. 400), duty-free within the week's 5,000 roubles to one recipient (Art. 319(2)[2]), released with
/// nobody acting.
/// </summary>
public sealed class PostedPhoneScenario(DemoGraph graph, Narrator say, Flow flow)
{
    public async Task RunAsync(string brand)
    {
        say.Scenario($"Scenario 2: a {brand} phone posted to a natural person for personal use", graph.NewTrace());
        await flow.EnsureTodaysRatesAsync();
        var post = new CallerIdentityText("Russian Post", CallerIdentity.Declarant("7724490000"));
        var registered = await flow.FileAndRegisterAsync(new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(), Kind = DeclarationKind.InternationalPostalItem, Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "Russian Post", TaxpayerNumber = "7724490000", Address = "Moscow, Varshavskoe 37", CountryCode = "RU" },
            // A recipient of this run only: the week's allowance counts per recipient.
            Recipient = new Party { Kind = PartyKind.NaturalPerson, Name = $"Ivan Demo {Random.Shared.Next(1000, 10_000)}", Address = "Orenburg, Pushkinskaya 10", CountryCode = "RU" },
            PresentationDate = flow.TodayOnTheWire, PresentationPlace = "Moscow international post office",
            Items =
            {
                new GoodsItem
                {
                    Description = "mobile phone", TariffCode = "8517130000", Brand = brand, OriginCountryCode = "CN", Quantity = Money.Dec(1), Unit = "pcs",
                    GrossWeightKg = Money.Dec(0.25m), NetWeightKg = Money.Dec(0.2m), InvoiceValue = new Google.Type.Money { CurrencyCode = "EUR", Units = 40 },
                    IntendedUse = IntendedUse.Personal,
                },
            },
        }, post);

        var released = await flow.WaitAsync(registered.DeclarationId, d => d.Status == DeclarationStatus.Released, "the release");
        var screening = released.Items[0].IpScreening;
        say.Step(screening?.Outcome == IpScreeningOutcome.ExemptPersonalUse
            ? $"IP register: the phone matches entry {screening.RegisterEntryId}, but goods for personal use are exempt: logged, not held (Art. 400)"
            : $"IP register: screened: {screening?.Outcome}");
        flow.SayConditions(released);
        say.Step($"Declarations: RELEASED by {released.History[^1].Actor}, nobody acting");
    }
}
