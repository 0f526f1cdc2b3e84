using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 329(1): "import duties and taxes should be disbursed not later than within fifteen days from the day said goods
/// were presented"; Art. 349(2), (7): penalties for each day of delay, "disbursed concurrently with the due customs duties
/// and taxes or after said payments"; the day they are charged to is stored, so no day is charged twice.
/// </summary>
public sealed class ObligationTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);

    private static Obligation Owing(decimal rub, DateOnly presented) => new("d-1", Obligation.DueDateFor(presented), rub, 0, 0, 0, null);

    [Fact]
    public void The_term_ends_fifteen_days_after_the_day_the_goods_were_presented()
    {
        Assert.Equal(new DateOnly(2011, 4, 20), Obligation.DueDateFor(new DateOnly(2011, 4, 5)));
    }

    [Fact]
    public void Paid_on_the_last_day_of_the_term_there_is_no_penalty()
    {
        var (after, toPayments, toPenalties) = Owing(100_000m, new DateOnly(2011, 4, 5)).Pay(100_000m, new DateOnly(2011, 4, 20), Penalties, Interest);

        Assert.Equal((100_000m, 0m, true, null), (toPayments, toPenalties, after.Settled, after.PenaltySettledTo));
    }

    [Fact]
    public void Two_late_part_payments_charge_each_day_once_and_the_penalty_is_paid_after_the_duties()
    {
        // 100,000.00 due 20.04.2011. 10.05: penalty 21.04-10.05 on 100,000 = 320.00 (8%, 12 days) + 220.00 (8.25%, 8 days)
        // = 540.00, charged to 10.05; 50,000 paid to the duties. 20.05: penalty 11.05-20.05 on the 50,000 still owed,
        // 50,000 x 8.25% / 300 x 10 = 137.50; 60,000 pays the last 50,000 of duties and the 677.50 of penalties.
        var first = Owing(100_000m, new DateOnly(2011, 4, 5)).Pay(50_000m, new DateOnly(2011, 5, 10), Penalties, Interest);
        var second = first.After.Pay(60_000m, new DateOnly(2011, 5, 20), Penalties, Interest);

        Assert.Equal((50_000m, 0m, 540.00m, new DateOnly(2011, 5, 10)), (first.ToPayments, first.ToPenalties, first.After.PenaltyRub, first.After.PenaltySettledTo));
        Assert.Equal((50_000m, 677.50m, 677.50m), (second.ToPayments, second.ToPenalties, second.After.PenaltyRub));
        Assert.True(second.After.Settled);
    }

    [Fact]
    public void The_penalty_to_a_day_counts_only_the_days_after_the_one_it_is_settled_to()
    {
        var settled = Owing(100_000m, new DateOnly(2011, 4, 5)) with { PenaltyRub = 540m, PenaltySettledTo = new DateOnly(2011, 5, 10) };

        // 11.05-12.05 on 100,000 at 8.25%: 100,000 x 8.25% / 300 x 2 = 55.00.
        Assert.Equal(55.00m, settled.PenaltyTo(new DateOnly(2011, 5, 12), Penalties).AmountRub);
    }

    [Fact]
    public void The_days_of_temporary_storage_recorded_for_the_goods_are_not_charged()
    {
        // Art. 349(5): "no penalty fees shall be charged or disbursed for the period of the goods temporary storage". Due
        // 20.04.2011, stored 01.05-10.05, paid 20.05: 21.04-30.04 at 8% = 100,000 x 8% / 300 x 10 = 266.67, and 11.05-20.05 at
        // 8.25% = 100,000 x 8.25% / 300 x 10 = 275.00: 541.67 (815.00 without the storage).
        var stored = Owing(100_000m, new DateOnly(2011, 4, 5)).WithTemporaryStorage(new DateOnly(2011, 5, 1), new DateOnly(2011, 5, 10));

        Assert.Equal(541.67m, stored.PenaltyTo(new DateOnly(2011, 5, 20), Penalties).AmountRub);
        Assert.Equal(815.00m, Owing(100_000m, new DateOnly(2011, 4, 5)).PenaltyTo(new DateOnly(2011, 5, 20), Penalties).AmountRub);
    }

    [Fact]
    public void A_storage_period_over_days_already_charged_or_over_one_recorded_is_refused()
    {
        var charged = Owing(100_000m, new DateOnly(2011, 4, 5)).Pay(1m, new DateOnly(2011, 5, 10), Penalties, Interest).After;
        var stored = Owing(100_000m, new DateOnly(2011, 4, 5)).WithTemporaryStorage(new DateOnly(2011, 5, 1), new DateOnly(2011, 5, 10));

        var late = Assert.Throws<Customs.ServiceDefaults.RuleViolationException>(() => charged.WithTemporaryStorage(new DateOnly(2011, 5, 10), new DateOnly(2011, 5, 12)));
        var twice = Assert.Throws<Customs.ServiceDefaults.RuleViolationException>(() => stored.WithTemporaryStorage(new DateOnly(2011, 5, 10), new DateOnly(2011, 5, 12)));

        Assert.Equal(("PENALTY_ALREADY_CHARGED", "STORAGE_PERIOD_OVERLAPS"), (late.Reason, twice.Reason));
        Assert.Equal([(new DateOnly(2011, 5, 11), new DateOnly(2011, 5, 12))], charged.WithTemporaryStorage(new DateOnly(2011, 5, 11), new DateOnly(2011, 5, 12)).TemporaryStorage);
    }
}
