using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 349(2): "penalty fees shall be charged for each calendar day of a delay ... beginning from the day following the
/// date of expiry of the time limit ... until the day when the payer fulfils his (or her) obligations ... equivalent to
/// one three-hundredth of the refinance rate ... effective during the payment delay period."
/// </summary>
public sealed class PenaltyTests
{
    private static readonly PenaltyCalculator Calculator = new(Book.Shipped);

    [Fact]
    public void A_penalty_across_a_change_of_the_refinancing_rate_charges_each_day_at_its_own_rate()
    {
        // 100,000.00 RUB due on 20.04.2011, paid on 10.05.2011: the days 21.04 to 10.05, 20 in all.
        // 21.04-02.05: 12 days at 8% (Directive 2583-U): 100,000 x 8% / 300 x 12 = 320.00.
        // 03.05-10.05: 8 days at 8.25% (Directive 2618-U): 100,000 x 8.25% / 300 x 8 = 220.00. Total 540.00.
        var penalty = Calculator.Calculate(100_000m, new DateOnly(2011, 4, 20), new DateOnly(2011, 5, 10));

        Assert.Equal([(12, 8.00m, 320.00m), (8, 8.25m, 220.00m)], penalty.Parts.Select(p => (p.Days, p.RatePercent, p.AmountRub)));
        Assert.Equal(540.00m, penalty.AmountRub);
        Assert.Equal(new DateOnly(2011, 4, 21), penalty.FirstDay);
        Assert.Contains("2618-U", penalty.Parts[1].Trace.LegalReference);
    }

    [Fact]
    public void The_day_of_payment_counts_and_the_last_day_of_the_term_does_not()
    {
        // Paid the day after the term: one day of delay, the day of payment. 36,500 x 8.25% / 300 = 10.0375 -> 10.04.
        Assert.Equal(10.04m, Calculator.Calculate(36_500m, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 2)).AmountRub);
        Assert.Equal(0m, Calculator.Calculate(36_500m, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 1)).AmountRub);
    }

    [Fact]
    public void A_delay_into_a_period_without_a_loaded_rate_is_refused()
    {
        var error = Assert.Throws<Customs.ServiceDefaults.RuleViolationException>(() =>
            Calculator.Calculate(1_000m, new DateOnly(2015, 12, 20), new DateOnly(2016, 1, 10)));

        Assert.Equal("REFERENCE_DATA_NOT_IN_FORCE", error.Reason);
    }
}
