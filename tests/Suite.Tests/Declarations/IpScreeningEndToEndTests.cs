using Customs.Declarations.V1;
using Customs.Suite.Tests.IpRegister;
using Google.Type;
using Ip = Customs.IpRegister.V1;

namespace Customs.Suite.Tests.Declarations;

/// <summary>
/// The 2017 XIAOMI case through the real services: the register entry is made through the IP register's API, both
/// declarations are filed and registered through the Declarations API, and the IP register's own screening decides.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class IpScreeningEndToEndTests(GraphFixture graph) : IDisposable
{
    private const string PhoneCode = "8517130000";

    private readonly DeclarationCalls _calls = new(graph);
    private readonly IpRegisterDriver _ipRegister = new(graph.App);

    [Fact]
    public async Task A_phone_posted_to_a_person_is_released_as_exempt_while_500_imported_by_an_unauthorised_importer_are_held()
    {
        using var payments = new Payments.PaymentsDriver(graph.App);
        // A brand of this test only, so no other test's declaration matches the entry.
        var brand = IpRegisterDriver.UniqueBrand("Fone");
        var entryId = await _ipRegister.RegisterAsync(brand, "8517");
        await _ipRegister.Client.AddAuthorisedImporterAsync(new Ip.AddAuthorisedImporterRequest
        {
            RegisterEntryId = entryId, TaxpayerNumber = "7736050003", Name = "Official Distributor LLC",
        }, _ipRegister.Head);

        // 40 EUR at the test rate of 100 RUB/EUR = 4,000 RUB, within the week's 5,000 RUB to one recipient (Art. 319(2)[2]).
        await Payments.TodaysTestRates.ImportAsync(graph.App, payments);
        var parcel = await RegisterAsync(PostalItem(brand));
        var consignment = await RegisterAsync(Consignment(brand.ToUpperInvariant()));

        // Art. 400: screened, exempt, duty-free within the week, and released with nobody acting.
        var exempt = await WaitForAsync(parcel, d => d.Items[0].IpScreening is not null, "the parcel to be screened");
        var released = await _calls.ReleasedAsync(parcel.DeclarationId);
        // Art. 397(1): the importer (Sberbank's INN) is not the entry's authorised importer.
        var held = await WaitForAsync(consignment, d => d.Status == DeclarationStatus.ReleaseSuspended && d.Items[0].IpScreening is not null,
            "the consignment's release to be suspended");

        Assert.True(parcel.ForPersonalUse);
        Assert.Equal(DeclarationStatus.Released, released.Status);
        Assert.DoesNotContain(released.History, h => h.ToStatus == DeclarationStatus.ReleaseSuspended);
        Assert.Equal("customs (automatic release)", released.History[^1].Actor);
        Assert.Contains(released.ReleaseConditions.Conditions, c => c.Kind == ReleaseConditionKind.Payments && c.Note == "nothing to pay on this declaration");
        Assert.Equal((IpScreeningOutcome.ExemptPersonalUse, entryId), (exempt.Items[0].IpScreening.Outcome, exempt.Items[0].IpScreening.RegisterEntryId));
        Assert.Equal(IpScreeningOutcome.Held, held.Items[0].IpScreening.Outcome);
        Assert.Equal(entryId, held.Items[0].IpScreening.RegisterEntryId);
        Assert.Single(held.ReleaseSuspensions);
        Assert.Contains(held.History, h => h.ToStatus == DeclarationStatus.ReleaseSuspended && h.LegalBasis.Contains("397"));
    }

    private static FileDeclarationRequest PostalItem(string brand)
    {
        var request = new FileDeclarationRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Kind = DeclarationKind.InternationalPostalItem,
            Direction = MovementDirection.Import,
            CustomsOfficeCode = "10005020",
            Declarant = new Party
            {
                Kind = PartyKind.LegalPerson, Name = "Russian Post", TaxpayerNumber = "7724490000", Address = "Moscow, Varshavskoe 37", CountryCode = "RU",
            },
            // A recipient of this test only: the postal week counts per recipient across declarations.
            Recipient = new Party { Kind = PartyKind.NaturalPerson, Name = $"Ivanov Ivan {Guid.NewGuid():N}"[..24], Address = "Orenburg, Pushkinskaya 10", CountryCode = "RU" },
            PresentationDate = new Date { Year = 2026, Month = 3, Day = 2 },
            PresentationPlace = "Moscow international post office",
        };
        request.Items.Add(Phone(brand, 1, IntendedUse.Personal, eurEach: 40));
        return request;
    }

    private static FileDeclarationRequest Consignment(string brand)
    {
        var request = DeclarationCalls.CommercialImport();
        request.Items.Clear();
        request.Items.Add(Phone(brand, 500, IntendedUse.Commercial));
        return request;
    }

    private static GoodsItem Phone(string brand, long quantity, IntendedUse use, long eurEach = 150) => new()
    {
        Description = "Mobile phone",
        TariffCode = PhoneCode,
        Brand = brand,
        OriginCountryCode = "CN",
        Quantity = WireDecimals.Dec(quantity),
        Unit = "pcs",
        // 0.25 kg gross, 0.2 kg net a phone.
        GrossWeightKg = WireDecimals.Dec(quantity / 4m),
        NetWeightKg = WireDecimals.Dec(quantity / 5m),
        InvoiceValue = new Money { CurrencyCode = "EUR", Units = eurEach * quantity },
        CustomsValue = use == IntendedUse.Commercial ? new Money { CurrencyCode = "EUR", Units = 160 * quantity } : null,
        CustomsValueMethod = use == IntendedUse.Commercial ? 1 : 0,
        IntendedUse = use,
    };

    private async Task<Declaration> RegisterAsync(FileDeclarationRequest request)
    {
        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
        return (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
            _calls.AsOfficer())).Declaration;
    }

    private Task<Declaration> WaitForAsync(Declaration declaration, Func<Declaration, bool> condition, string what) =>
        Eventually.WaitAsync(
            async () => (await _calls.Client.GetDeclarationAsync(
                new GetDeclarationRequest { DeclarationId = declaration.DeclarationId }, _calls.AsOfficer())).Declaration,
            condition, TimeSpan.FromSeconds(30), what);

    public void Dispose()
    {
        _ipRegister.Dispose();
        _calls.Dispose();
    }
}
