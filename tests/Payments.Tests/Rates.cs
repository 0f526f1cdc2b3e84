using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Tests;

/// <summary>The central bank's rates of the shipped sample (cbr-2025-04-04.xml), as the Bank published them for 04.04.2025.</summary>
internal static class Rates
{
    public static readonly DateOnly April4 = new(2025, 4, 4);

    public static RateTable OnApril4 { get; } = new(April4,
    [
        new("EUR", April4, 1, 93.1608m),
        new("USD", April4, 1, 84.3830m),
        new("KZT", April4, 100, 16.7743m),
    ]);
}
