using Customs.Declarations.Contracts;

namespace Customs.Suite.Tests.Foundation;

internal static class DeclarationSamples
{
    public static DeclarationRegistered Registered() => new()
    {
        DeclarationId = Guid.CreateVersion7(),
        RegistrationNumber = $"10005020/261126/{Random.Shared.Next(1_000_000, 9_999_999)}",
        Kind = DeclarationKind.CommercialImport,
        CustomsOfficeCode = "10005020",
        AcceptanceDate = new DateOnly(2026, 11, 26),
        RegisteredAt = DateTimeOffset.UtcNow,
        Declarant = new Party { Kind = PartyKind.LegalPerson, Name = "OOO Vostok Trade", TaxpayerNumber = "7707083893",
            Address = "Moscow, Tverskaya 1", CountryCode = "RU" },
        ForPersonalUse = false,
        Items = [new GoodsItem
        {
            Number = 1,
            Description = "Cotton towels",
            TariffCode = "6302600000",
            Brand = "Vostok Probe",
            OriginCountryCode = "CN",
            Quantity = 500,
            Unit = "pcs",
            GrossWeightKg = 120m,
            NetWeightKg = 100m,
            InvoiceValue = 75_000m,
            InvoiceCurrency = "USD",
            IntendedUse = IntendedUse.Commercial,
        }],
    };
}
