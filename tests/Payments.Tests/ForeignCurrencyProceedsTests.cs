using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 351(4): "Dutiable payments from the payer's foreign currency account(s) are debited in the amounts equivalent to
/// those in Russian roubles calculated on the basis of the currency exchange rate established by the Central Bank of the
/// Russian Federation on the date of factual collection of due funds." Rates of cbr-2025-04-04.xml: USD 84.3830 per 1,
/// KZT 16.7743 per 100.
/// </summary>
public sealed class ForeignCurrencyProceedsTests
{
    private static readonly Guid Act = Guid.Parse("0193a5b0-0000-7000-8000-000000000351");

    [Fact]
    public void Dollars_collected_are_booked_in_roubles_at_the_rate_of_the_day_of_collection_with_the_rate_in_the_trace()
    {
        // 1,000.00 USD x 84.3830 = 84,383.00 RUB.
        var proceeds = CollectionRules.Proceeds("order-1", Act, 1_000m, "USD", Rates.April4, Rates.OnApril4);

        Assert.Equal((84_383.00m, 1_000m, "USD"), (proceeds.AmountRub, proceeds.Amount, proceeds.Currency));
        Assert.Equal(new ExchangeRate("USD", Rates.April4, 1, 84.3830m), proceeds.Rate);
        Assert.Contains("84.383 RUB per 1 USD, set by the central bank for 2025-04-04", proceeds.Conversion!.Rate);
        Assert.Contains("Art. 351(4)", proceeds.Conversion.LegalReference);
    }

    [Fact]
    public void A_rate_per_hundred_units_is_taken_per_unit_and_rounded_once_to_kopecks()
    {
        // 123,456.78 KZT x 16.7743 / 100 = 20,709.0106... RUB: 20,709.01.
        var proceeds = CollectionRules.Proceeds("order-2", Act, 123_456.78m, "KZT", Rates.April4, Rates.OnApril4);

        Assert.Equal(20_709.01m, proceeds.AmountRub);
    }

    [Fact]
    public void The_rate_in_force_on_a_later_day_is_the_last_one_set_and_a_currency_without_a_rate_is_refused()
    {
        // Saturday 05.04.2025: the rate set for 04.04 is still in force (the last one set on or before the day).
        var saturday = new DateOnly(2025, 4, 5);
        var proceeds = CollectionRules.Proceeds("order-3", Act, 10m, "USD", saturday, new RateTable(saturday, Rates.OnApril4.Rates));
        var unknown = Assert.Throws<RuleViolationException>(() => CollectionRules.Proceeds("order-4", Act, 10m, "CHF", Rates.April4, Rates.OnApril4));

        Assert.Equal((843.83m, Rates.April4), (proceeds.AmountRub, proceeds.Rate!.SetOn));
        Assert.Equal("EXCHANGE_RATE_NOT_SET", unknown.Reason);
    }

    [Fact]
    public void Roubles_need_no_rate()
    {
        var proceeds = CollectionRules.Proceeds("order-5", Act, 30_000m, "RUB", Rates.April4, new RateTable(Rates.April4, []));

        Assert.Equal((30_000m, 30_000m, null, null), (proceeds.AmountRub, proceeds.Amount, proceeds.Rate, proceeds.Conversion));
    }
}
