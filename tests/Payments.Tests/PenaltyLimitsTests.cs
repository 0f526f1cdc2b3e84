using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 349(3): "In lodging a demand to the guarantor ... penalty fees shall be charged for the period of not exceeding three
/// months from the day following the date of expiry of the time limit prescribed for the fulfilment of the obligations
/// secured by a bank or other guarantee." Art. 349(5): "... with merchandise being stowed in a temporary-storage warehouse
/// (Article 9), no penalty fees shall be charged or disbursed for the period of the goods temporary storage."
/// </summary>
public sealed class PenaltyLimitsTests
{
    private static readonly PenaltyCalculator Calculator = new(Book.Shipped);

    [Fact]
    public void A_demand_to_a_guarantor_is_charged_three_months_from_the_day_after_the_term_at_most()
    {
        // 100,000.00 RUB due on 30.04.2025 and paid on 30.09.2025. The guarantor: 01.05 to 31.07.2025, three months, 92 days.
        // 01.05-08.06: 39 days at 21%: 100,000 x 21% / 300 x 39 = 2,730.00.
        // 09.06-27.07: 49 days at 20%: 100,000 x 20% / 300 x 49 = 3,266.666... -> 3,266.67.
        // 28.07-31.07: 4 days at 18%: 100,000 x 18% / 300 x 4 = 240.00. Total 6,236.67.
        var guarantor = new PenaltyLimits { GuaranteedTermEndedOn = new DateOnly(2025, 4, 30) };

        var penalty = Calculator.Calculate(100_000m, new DateOnly(2025, 4, 30), new DateOnly(2025, 9, 30), guarantor);

        Assert.Equal(new DateOnly(2025, 7, 31), guarantor.LastGuarantorDay);
        Assert.Equal([(39, 21.00m, 2_730.00m), (49, 20.00m, 3_266.67m), (4, 18.00m, 240.00m)], penalty.Parts.Select(p => (p.Days, p.RatePercent, p.AmountRub)));
        Assert.Equal(6_236.67m, penalty.AmountRub);
        Assert.Contains("349(3)", penalty.Parts[0].Trace.Rule);

        // The payer itself is charged every day: + 28.07-14.09, 49 days at 18% (2,940.00) + 15.09-30.09, 16 days at 17% (906.67).
        Assert.Equal(9_843.34m, Calculator.Calculate(100_000m, new DateOnly(2025, 4, 30), new DateOnly(2025, 9, 30)).AmountRub);
    }

    [Fact]
    public void A_guarantor_paying_within_the_three_months_is_charged_to_the_day_of_payment()
    {
        // Due 30.04.2025, paid 10.05.2025: 10 days at 21%, 100,000 x 21% / 300 x 10 = 700.00; the cap (31.07) is not reached.
        var guarantor = new PenaltyLimits { GuaranteedTermEndedOn = new DateOnly(2025, 4, 30) };

        Assert.Equal(700.00m, Calculator.Calculate(100_000m, new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 10), guarantor).AmountRub);
    }

    [Fact]
    public void No_penalty_is_charged_for_the_days_the_goods_were_in_temporary_storage()
    {
        // 30,000.00 RUB due on 01.06.2011, paid on 30.06.2011: 29 days (02.06-30.06) at 8.25% (8.25 RUB a day), less the
        // 10 days in temporary storage (10.06-19.06): 02.06-09.06, 8 days = 66.00; 20.06-30.06, 11 days = 90.75. Total 156.75.
        var storage = new PenaltyLimits { TemporaryStorage = [(new DateOnly(2011, 6, 10), new DateOnly(2011, 6, 19))] };

        var penalty = Calculator.Calculate(30_000m, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 30), storage);

        Assert.Equal([(8, 66.00m), (11, 90.75m)], penalty.Parts.Select(p => (p.Days, p.AmountRub)));
        Assert.Equal(156.75m, penalty.AmountRub);
        Assert.Equal(new DateOnly(2011, 6, 30), penalty.LastDay);
    }

    [Fact]
    public void Storage_over_the_whole_delay_charges_nothing_and_the_days_are_still_counted_as_settled()
    {
        var storage = new PenaltyLimits { TemporaryStorage = [(new DateOnly(2011, 5, 20), new DateOnly(2011, 7, 1))] };

        var penalty = Calculator.Calculate(30_000m, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 30), storage);

        Assert.Equal((0m, 0, new DateOnly(2011, 6, 30)), (penalty.AmountRub, penalty.Parts.Count, penalty.LastDay));
    }
}
