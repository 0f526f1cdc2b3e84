using Aspire.Hosting;

namespace Customs.Suite.Tests.Payments;

/// <summary>
/// Test rates imported into the graph's Payments for the services' day, in the central bank's daily XML: 100 RUB per EUR,
/// 130 RUB per 10 CNY (test figures, not the Bank's). No USD: other tests need a day without a USD rate. The same file
/// again changes nothing, so every test may import it.
/// </summary>
public static class TodaysTestRates
{
    public const decimal RublesPerEuro = 100m;

    public static string Xml(DateOnly day) =>
        $"""<ValCurs Date="{day:dd.MM.yyyy}" name="Foreign Currency Market"><Valute ID="R01239"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>Euro</Name><Value>100,0000</Value></Valute><Valute ID="R01375"><NumCode>156</NumCode><CharCode>CNY</CharCode><Nominal>10</Nominal><Name>Yuan</Name><Value>130,0000</Value></Valute></ValCurs>""";

    /// <returns>The services' day (Moscow) the rates were imported for.</returns>
    public static async Task<DateOnly> ImportAsync(DistributedApplication app, PaymentsDriver payments)
    {
        var today = await app.TodayAsync();
        await payments.Client.ImportExchangeRatesAsync(new() { CbrXml = Xml(today) }, payments.Inspector);
        return today;
    }
}
