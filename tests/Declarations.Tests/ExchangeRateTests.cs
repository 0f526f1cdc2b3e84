using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>
/// Art. 326: amounts are converted at the central bank's rate in force on the acceptance day, as the Payments service
/// answers it, and a missing rate is said, never guessed.
/// </summary>
public sealed class ExchangeRateTests
{
    // PaymentsAnswers has rates for 2 March 2026 only.
    private static readonly DateOnly DayWithoutRate = new(2026, 3, 3);

    private static PersonalUseAssessment Assess(DeclarationDraft draft, DateOnly on) => Drafts.Rules().Assess(draft, on);

    private static DeclarationDraft Carrying(decimal cash, string currency) =>
        Drafts.Luggage(MovementDirection.Import, Drafts.Item()) with { Passenger = new PassengerDetails(cash, currency, false, false) };

    [Fact]
    public void A_value_in_another_currency_is_converted_at_the_rate_of_the_acceptance_day_and_the_decision_shows_that_day_and_source()
    {
        // 1,000,000 RUB at 92.50 RUB/EUR is 10,810.81 EUR: over the 10,000 EUR limit.
        var assessment = Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 1_000_000, currency: "RUB")), Drafts.Today);

        var conversion = Assert.Single(assessment.Conversions);
        Assert.Equal((1, 1), (conversion.MemoCase, conversion.ItemNumber));
        Assert.Equal((Drafts.Today, Drafts.Today), (conversion.Conversion.RateNeededOn, conversion.Conversion.RateDate));
        Assert.Equal(10_810.81m, decimal.Round(conversion.Conversion.Converted!.Value, 2));
        Assert.Equal(RatesInForce.Source, conversion.Conversion.RateSource);
        Assert.Null(Assert.Single(assessment.MandatoryDeclarationRules).Note);
    }

    [Fact]
    public void Without_a_rate_of_the_acceptance_day_goods_of_any_value_must_be_declared_in_writing_and_the_rule_says_why()
    {
        var assessment = Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 100, currency: "USD")), DayWithoutRate);

        var rule = Assert.Single(assessment.MandatoryDeclarationRules);
        Assert.Equal(1, rule.Number);
        Assert.Equal("item 1: no exchange rate USD/EUR in force on 2026-03-03 (Art. 326: the central bank's rate in force on the acceptance day), "
            + "so the amount could not be converted and a written declaration is required", rule.Note);
        var conversion = Assert.Single(assessment.Conversions).Conversion;
        Assert.Equal((null, null, DayWithoutRate), (conversion.Converted, conversion.RateDate, conversion.RateNeededOn));
    }

    [Fact]
    public void Rates_answered_for_one_day_convert_that_days_amounts_only_and_name_the_day_the_rate_was_set()
    {
        // The EUR rate set on Saturday 28 February is still in force on Monday 2 March (Payments says so); USD was set that Monday.
        var rates = new RatesInForce(new DateOnly(2026, 3, 2),
            [new CentralBankRate("EUR", 90m, new DateOnly(2026, 2, 28)), new CentralBankRate("USD", 80m, new DateOnly(2026, 3, 2))]);

        var eurToRub = rates.Convert(10, "EUR", "RUB", new DateOnly(2026, 3, 2));
        Assert.Equal((900m, new DateOnly(2026, 2, 28)), (eurToRub.Converted, eurToRub.RateDate));
        var eurToUsd = rates.Convert(80, "EUR", "USD", new DateOnly(2026, 3, 2));
        Assert.Equal((90m, new DateOnly(2026, 3, 2)), (eurToUsd.Converted, eurToUsd.RateDate));
        Assert.Null(rates.Convert(90, "EUR", "USD", new DateOnly(2026, 3, 3)).Converted);
        Assert.Null(rates.Convert(90, "EUR", "GBP", new DateOnly(2026, 3, 2)).Converted);
    }

    [Fact]
    public void Cash_in_another_currency_without_a_rate_of_the_day_must_be_declared_and_the_rule_says_why()
    {
        var rule = Assert.Single(Assess(Carrying(500, "EUR"), DayWithoutRate).MandatoryDeclarationRules);

        Assert.Equal(2, rule.Number);
        Assert.StartsWith("no exchange rate EUR/USD in force on 2026-03-03", rule.Note);
    }

    [Fact]
    public void Cash_converted_at_the_rate_of_the_day_under_the_limit_needs_no_written_declaration()
    {
        // 9,000 EUR at 92.50 / 79.80 is 10,432.33 USD: over; 8,000 EUR is 9,273.18 USD: under.
        Assert.Equal([2], Assess(Carrying(9_000, "EUR"), Drafts.Today).MandatoryDeclarationRules.Select(r => r.Number));
        var under = Assess(Carrying(8_000, "EUR"), Drafts.Today);

        Assert.Empty(under.MandatoryDeclarationRules);
        Assert.Equal((2, (int?)null, Drafts.Today), (under.Conversions[0].MemoCase, under.Conversions[0].ItemNumber, under.Conversions[0].Conversion.RateDate!.Value));
    }

    [Fact]
    public void Amounts_in_the_limits_own_currency_need_no_rate_even_on_a_day_without_rates()
    {
        var goods = Assess(Drafts.Luggage(MovementDirection.Import, Drafts.Item(value: 9_000)), DayWithoutRate);
        var cash = Assess(Carrying(10_001, "USD"), DayWithoutRate);

        Assert.Equal((0, 0), (goods.MandatoryDeclarationRules.Count, goods.Conversions.Count));
        Assert.Equal((2, null, 0), (Assert.Single(cash.MandatoryDeclarationRules).Number, cash.MandatoryDeclarationRules[0].Note, cash.Conversions.Count));
    }
}
