using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

public sealed class CbrDailyRatesTests
{
    private const string April4 = """
        <?xml version="1.0" encoding="windows-1251"?>
        <ValCurs Date="04.04.2025" name="Foreign Currency Market">
          <Valute ID="R01239"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>Euro</Name><Value>93,1608</Value></Valute>
          <Valute ID="R01335"><NumCode>398</NumCode><CharCode>KZT</CharCode><Nominal>100</Nominal><Name>Tenge</Name><Value>16,7743</Value></Valute>
        </ValCurs>
        """;

    [Fact]
    public void A_daily_file_gives_each_currency_with_its_nominal_and_a_decimal_comma_value()
    {
        var (setOn, rates) = CbrDailyRates.Parse(April4);

        Assert.Equal(new DateOnly(2025, 4, 4), setOn);
        Assert.Equal([("EUR", 1, 93.1608m), ("KZT", 100, 16.7743m)], rates.Select(r => (r.Currency, r.Nominal, r.Value)));
    }

    [Fact]
    public void A_rate_is_per_nominal_units_so_one_tenge_is_the_value_divided_by_100()
    {
        var kzt = CbrDailyRates.Parse(April4).Rates.Single(r => r.Currency == "KZT");

        Assert.Equal(0.167743m, kzt.PerUnit);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<Rates Date=\"04.04.2025\"/>")]
    [InlineData("<ValCurs Date=\"2025-04-04\"><Valute><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>93,1608</Value></Valute></ValCurs>")]
    [InlineData("<ValCurs Date=\"04.04.2025\"></ValCurs>")]
    [InlineData("<ValCurs Date=\"04.04.2025\"><Valute><CharCode>EUR</CharCode><Nominal>0</Nominal><Value>93,1608</Value></Valute></ValCurs>")]
    [InlineData("<ValCurs Date=\"04.04.2025\"><Valute><CharCode>eur</CharCode><Nominal>1</Nominal><Value>93,1608</Value></Valute></ValCurs>")]
    [InlineData("<ValCurs Date=\"04.04.2025\"><Valute><CharCode>EUR</CharCode><Nominal>1</Nominal><Value>-1</Value></Valute></ValCurs>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ValCurs Date=\"04.04.2025\"/>")]
    public void A_file_that_is_not_a_well_formed_daily_file_is_a_field_violation(string xml)
    {
        var error = Assert.Throws<RequestValidationException>(() => CbrDailyRates.Parse(xml));

        Assert.Equal("cbr_xml", Assert.Single(error.Violations).Field);
    }
}
