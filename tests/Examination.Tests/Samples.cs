using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Tests;

/// <summary>Declarations and profiles the tests vary.</summary>
internal static class Samples
{
    public static readonly DateOnly Accepted = new(2026, 3, 2);

    public static ItemFacts Phones(int number = 1, decimal quantity = 100, decimal value = 15_000, string currency = "USD") =>
        new(number, "Mobile phones", "8517130000", "Xiaomi", "CN", quantity, "pcs", 20m, value, currency);

    public static ItemFacts Trousers(int number = 1) => new(number, "Men's cotton trousers", "6203423100", "Acme", "IT", 120, "pcs", 65.5m, 4800, "EUR");

    public static DeclarationFacts Declaration(params ItemFacts[] items) => new()
    {
        DeclarationId = Guid.NewGuid(), RegistrationNumber = "10005020/020326/0000001", OfficeCode = "10005020", Direction = Direction.Import,
        Kind = DeclarationKind.CommercialImport, AcceptanceDate = Accepted, TaxpayerNumbers = ["7707083893"], DispatchCountry = "CN",
        Items = items.Length == 0 ? [Phones()] : items,
    };

    public static RiskProfile Profile(RiskCriteria criteria, Lane lane = Lane.Red, int selectionPercent = 100) => new()
    {
        Id = Guid.NewGuid(), Version = 1, Name = "phones from China", Criteria = criteria, Lane = lane, Forms = LaneForms.DefaultFor(lane),
        EffectiveFrom = new DateOnly(2026, 1, 1), SelectionPercent = selectionPercent,
    };

    public static SelectivitySettings Settings(decimal yellow = 0, decimal red = 0, decimal blue = 0, decimal random = 0, int maxHits = 0) =>
        new("10005020", Direction.Import, yellow, red, blue, random, Lane.Red, maxHits);
}
