using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 330(2): "An advance payment may be disbursed ... in the currency of the Russian Federation or in foreign currency";
/// Art. 331(3): conversion "shall be based on the currency exchange rate effective on the day of acceptance by the customs
/// authorities of the customs declaration". Rates of cbr-2025-04-04.xml: USD 84.3830 per 1, KZT 16.7743 per 100.
/// </summary>
public sealed class AdvanceConversionTests
{
    private static readonly ExchangeRate Usd = new("USD", Rates.April4, 1, 84.3830m);

    [Fact]
    public void An_advance_in_dollars_is_worth_its_amount_at_the_rate_of_the_acceptance_day_rounded_once_to_kopecks()
    {
        // 100.00 USD x 84.3830 = 8,438.30 RUB; 10,000.00 KZT x 16.7743 / 100 = 1,677.43 RUB.
        Assert.Equal(8_438.30m, new AdvanceConversion("USD", 100m, Usd, Rates.April4).OfferedRub);
        Assert.Equal(1_677.43m, new AdvanceConversion("KZT", 10_000m, new ExchangeRate("KZT", Rates.April4, 100, 16.7743m), Rates.April4).OfferedRub);
    }

    [Fact]
    public void When_the_declaration_owes_less_only_the_cents_that_pay_it_are_taken_rounded_up()
    {
        // Owes 5,000.00 RUB: 5,000 / 84.383 = 59.2536... USD. 59.25 USD is worth 4,999.69 RUB (short of it), 59.26 USD
        // 5,000.54 RUB: 59.26 USD are taken, the other 40.74 USD of the 100 offered stay the payer's (Art. 330(3)).
        var conversion = new AdvanceConversion("USD", 100m, Usd, Rates.April4);

        Assert.Equal(59.26m, conversion.DebitFor(5_000m));
        Assert.Equal(100m, conversion.DebitFor(8_438.30m));
        Assert.Equal(0m, conversion.DebitFor(0m));
    }

    [Fact]
    public void The_trace_names_the_rate_the_day_it_was_set_for_and_the_acceptance_day()
    {
        // The rate set for 2025-04-04 is in force on Saturday 2025-04-05 (no rate is set for it).
        var trace = new AdvanceConversion("USD", 100m, Usd, new DateOnly(2025, 4, 5)).TraceFor(59.26m);

        Assert.Equal("59.26 USD", trace.Base);
        Assert.Contains("84.383 RUB per 1 USD, set by the central bank for 2025-04-04, in force on 2025-04-05", trace.Rate);
        Assert.Contains("Art. 331(3)", trace.LegalReference);
    }

    [Fact]
    public void More_roubles_than_the_advance_is_worth_cannot_be_paid_out_of_it()
    {
        var conversion = new AdvanceConversion("USD", 100m, Usd, Rates.April4);

        Assert.Throws<ArgumentOutOfRangeException>(() => conversion.DebitFor(8_438.31m));
    }
}

/// <summary>
/// Art. 353(1): collection "at the expense of the payer's available unclaimed amounts of advance payments": the roubles
/// first, then each foreign currency held, converted at the acceptance day's rate (331(3)). USD 84.3830, EUR 93.1608.
/// </summary>
public sealed class HeldAdvancesTests
{
    private static readonly AdvanceConversion Dollars = new("USD", 100m, new("USD", Rates.April4, 1, 84.3830m), Rates.April4);
    private static readonly AdvanceConversion Euros = new("EUR", 10m, new("EUR", Rates.April4, 1, 93.1608m), Rates.April4);

    [Fact]
    public void Roubles_are_taken_first_then_each_currency_in_the_order_of_its_code_for_the_cents_that_pay_what_is_left()
    {
        // 1,000.00 RUB + 10 EUR (931.61 RUB) + 100 USD (8,438.30 RUB) = 10,369.91 RUB held. 2,500.00 RUB are taken:
        // 1,000.00 from roubles, 931.61 from the 10 EUR (EUR before USD), 568.39 from dollars: 568.39 / 84.383 = 6.7358...,
        // 6.74 USD.
        var held = new HeldAdvances(1_000m, [Dollars, Euros]);

        var (fromRoubles, fromCurrencies) = held.Take(2_500m);

        Assert.Equal(10_369.91m, held.TotalRub);
        Assert.Equal(1_000m, fromRoubles);
        Assert.Equal([("EUR", 931.61m, 10m), ("USD", 568.39m, 6.74m)], fromCurrencies.Select(f => (f.From.Currency, f.PaidRub, f.Debited)));
    }

    [Fact]
    public void What_the_roubles_cover_takes_no_foreign_currency_and_more_than_is_held_cannot_be_taken()
    {
        var held = new HeldAdvances(1_000m, [Dollars]);

        Assert.Empty(held.Take(999.99m).FromCurrencies);
        Assert.Throws<ArgumentOutOfRangeException>(() => held.Take(9_438.31m));
    }
}
