using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Memo, goods to be declared in writing, case 2: "imported and exported cash (banknotes, treasury notes, coins ...) and/or
/// traveler's checks for the total amount exceeding equivalent of 10,000 USD"; each currency converted at the rate of the
/// day (Art. 326). Rates of 2 March 2026 in the development sample: EUR 92.50, USD 79.80 roubles.
/// </summary>
public sealed class CashInSeveralCurrenciesTests
{
    private static PersonalUseAssessment Assess(decimal usd, params CashCarried[] more) =>
        Drafts.Rules().Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with
        {
            Passenger = new PassengerDetails(usd, "USD", false, false, MoreCash: more),
        }, Drafts.Today);

    [Fact]
    public void Cash_in_two_currencies_each_under_the_limit_must_be_declared_when_their_total_is_over_10000_dollars()
    {
        // EUR 4,000 x 92.50 / 79.80 = USD 4,636.59; with USD 6,000 the total is USD 10,636.59.
        var assessment = Assess(6_000, new CashCarried(4_000, "EUR"));

        var rule = Assert.Single(assessment.MandatoryDeclarationRules, r => r.Number == 2);
        Assert.Contains("10636.59 USD", rule.Note);
        var eur = Assert.Single(assessment.Conversions, c => c.MemoCase == 2);
        Assert.Equal(new DateOnly(2026, 3, 2), eur.Conversion.RateDate);
        Assert.Equal(4_636.59m, Math.Round(eur.Conversion.Converted!.Value, 2));
    }

    [Fact]
    public void Cash_totalling_under_10000_dollars_need_not_be_declared()
    {
        // USD 5,000 + USD 4,636.59 = USD 9,636.59.
        var assessment = Assess(5_000, new CashCarried(4_000, "EUR"));

        Assert.DoesNotContain(assessment.MandatoryDeclarationRules, r => r.Number == 2);
    }

    [Fact]
    public void Cash_in_a_currency_without_the_rate_of_the_day_must_be_declared_with_the_missing_rate_named()
    {
        // The sample has no Thai baht: the total cannot be shown to be under the limit.
        var assessment = Assess(100, new CashCarried(1_000, "THB"));

        var rule = Assert.Single(assessment.MandatoryDeclarationRules, r => r.Number == 2);
        Assert.Contains("THB/USD in force on 2026-03-02", rule.Note);
    }

    [Fact]
    public void A_currency_given_twice_is_a_field_violation()
    {
        var draft = Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with
        {
            Passenger = new PassengerDetails(100, "USD", false, false, MoreCash: [new CashCarried(50, "EUR"), new CashCarried(20, "USD")]),
        };

        var violation = Assert.Single(DeclarationValidator.Validate(draft, null));
        Assert.Equal("passenger.more_cash[1].currency_code", violation.Field);
    }
}
