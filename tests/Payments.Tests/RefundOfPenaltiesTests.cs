using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 355(7): "In the instance of reimbursement of the excessively paid or excessively collected amounts of customs duties
/// and taxes, the penalty fees and the interest paid or collected on the amounts of reimbursed customs duties and taxes,
/// with the exception of the dutiable payments stipulated by Article 356 of this Customs Code, shall also be refunded."
/// Art. 356(2): "In this instance, the provisions stipulated by Item 7 of Article 355 of this Customs Code shall not apply."
/// The refinancing rate: 8% from 28.02.2011, 8.25% from 03.05.2011; a penalty day is 1/300 of it (349(2)), an interest day 1/365 (336).
/// </summary>
public sealed class RefundOfPenaltiesTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);
    private static readonly DateOnly Term = new(2011, 4, 20);
    private static readonly DateOnly TenDaysLate = new(2011, 4, 30);

    private static Obligation Owing(decimal rub) => new("d-355", Term, rub, 0, 0, 0, null);

    private static RefundRequest Asked(Obligation o, decimal rub, RefundGround ground = RefundGround.Overpaid) =>
        RefundRules.Request(o, "ref-355", "7707083893", ground, rub, TenDaysLate, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 1), false);

    [Fact]
    public void The_penalty_paid_on_duties_found_not_owed_is_refunded_with_them()
    {
        // 100,000.00 due 20.04.2011, paid 30.04 with the penalty for 21.04-30.04: 100,000 x 8% / 300 x 10 = 266.67.
        var paid = Owing(100_000m).Pay(100_266.67m, TenDaysLate, Penalties, Interest).After;
        // Customs establishes duties of 60,000.00: 40,000.00 paid in excess (355(1)). The penalty charged on those 40,000.00
        // for the ten days: 266.67 x 40,000 / 100,000 = 106.668, 106.67 (on 40,000 alone: 40,000 x 8% / 300 x 10 = 106.67).
        var reassessed = paid with { AssessedRub = 60_000m };

        var (after, penaltiesBack, interestBack) = RefundRules.Return(Asked(reassessed, 40_000m), reassessed);

        Assert.Equal((266.67m, 266.67m), (paid.PenaltyRub, paid.PenaltyPaidRub));
        Assert.Equal((106.67m, 0m), (penaltiesBack, interestBack));
        // What stays is the penalty on the 60,000.00 owed: 60,000 x 8% / 300 x 10 = 160.00, paid.
        Assert.Equal((60_000m, 160.00m, 160.00m, true), (after.PaidRub, after.PenaltyRub, after.PenaltyPaidRub, after.Settled));
    }

    [Fact]
    public void Only_the_penalty_charged_on_the_returned_duties_is_refunded_not_a_share_of_all_duties_paid()
    {
        // 50,000.00 paid in time on 20.04, 50,000.00 ten days late with their penalty: 50,000 x 8% / 300 x 10 = 133.33.
        var paid = Owing(100_000m).Pay(50_000m, Term, Penalties, Interest).After.Pay(50_133.33m, TenDaysLate, Penalties, Interest).After;
        // Reassessed to 60,000.00: on each late day 50,000.00 was unpaid, of which only 10,000.00 was owed; the penalty on the
        // 40,000.00 returned is 133.33 x 40,000 / 50,000 = 106.664, 106.66 (a share of the duties paid, 40%, would be 53.33).
        var reassessed = paid with { AssessedRub = 60_000m };

        var (after, penaltiesBack, _) = RefundRules.Return(Asked(reassessed, 40_000m), reassessed);

        Assert.Equal(106.66m, penaltiesBack);
        // Left: 10,000 x 8% / 300 x 10 = 26.67.
        Assert.Equal((26.67m, 26.67m), (after.PenaltyRub, after.PenaltyPaidRub));
    }

    [Fact]
    public void A_plain_overpayment_returns_no_penalty_because_none_was_charged_on_it()
    {
        // 110,266.67 paid on 30.04 for 100,000.00 due: the 10,000.00 over was never a duty a penalty was charged on.
        var paid = Owing(100_000m).Pay(100_266.67m, TenDaysLate, Penalties, Interest).After with { PaidRub = 110_000m };

        var (after, penaltiesBack, _) = RefundRules.Return(Asked(paid, 10_000m), paid);

        Assert.Equal((0m, 266.67m, 100_000m), (penaltiesBack, after.PenaltyRub, after.PaidRub));
    }

    [Fact]
    public void A_penalty_charged_on_returned_duties_but_not_paid_is_no_longer_owed_and_nothing_of_it_is_refunded()
    {
        // 100,000.00 paid on 30.04 pays the duties first (349(7)): the 266.67 penalty stays unpaid.
        var paid = Owing(100_000m).Pay(100_000m, TenDaysLate, Penalties, Interest).After with { AssessedRub = 60_000m };

        var (after, penaltiesBack, _) = RefundRules.Return(Asked(paid, 40_000m), paid);

        Assert.Equal((0m, 160.00m, 0m), (penaltiesBack, after.PenaltyRub, after.PenaltyPaidRub));
    }

    [Fact]
    public void Two_refunds_of_one_excess_return_its_penalty_once()
    {
        var paid = Owing(100_000m).Pay(100_266.67m, TenDaysLate, Penalties, Interest).After with { AssessedRub = 60_000m };

        var (half, first, _) = RefundRules.Return(Asked(paid, 20_000m), paid);
        var (_, second, _) = RefundRules.Return(Asked(half, 20_000m), half);
        var (_, third, _) = RefundRules.Return(Asked(paid, 40_000m), paid);

        // 266.67 x 20,000 / 100,000 = 53.334, 53.33; then 106.67 - 53.33 = 53.34: together the 106.67 of one refund.
        Assert.Equal((53.33m, 53.34m, 106.67m), (first, second, third));
    }

    [Fact]
    public void An_excess_returned_before_the_assessment_fell_leaves_the_penalty_on_the_fallen_duties_to_the_later_refund()
    {
        // 110,266.67 paid on 30.04: 10,000.00 over (no penalty on it) returned first; then the duties fall to 60,000.00.
        var paid = Owing(100_000m).Pay(100_266.67m, TenDaysLate, Penalties, Interest).After with { PaidRub = 110_000m };
        var (plain, nothing, _) = RefundRules.Return(Asked(paid, 10_000m), paid);
        var reassessed = plain with { AssessedRub = 60_000m };

        var (_, penaltiesBack, _) = RefundRules.Return(Asked(reassessed, 40_000m), reassessed);

        Assert.Equal((0m, 106.67m), (nothing, penaltiesBack));
    }

    [Fact]
    public void The_interest_of_a_deferral_paid_on_returned_duties_is_refunded_with_them()
    {
        // 100,000.00 deferred from 20.04 to 20.05.2011: interest 21.04-02.05 at 8%, 100,000 x 8% x 12 / 365 = 263.01, and
        // 03.05-20.05 at 8.25%, 100,000 x 8.25% x 18 / 365 = 406.85: 669.86, paid with the duties on 20.05 (336(2)).
        var deferred = Owing(100_000m).Defer([new DeferredPart(new DateOnly(2011, 5, 20), 100_000m)], Term);
        var paid = deferred.Pay(100_669.86m, new DateOnly(2011, 5, 20), Penalties, Interest).After with { AssessedRub = 75_000m };

        // Reassessed to 75,000.00: the interest on the 25,000.00 returned, 263.01 x 1/4 + 406.85 x 1/4 = 167.465, 167.47.
        var (after, _, interestBack) = RefundRules.Return(Asked(paid, 25_000m), paid);

        Assert.Equal((669.86m, 669.86m), (paid.InterestRub, paid.InterestPaidRub));
        Assert.Equal(167.47m, interestBack);
        Assert.Equal((502.39m, 502.39m), (after.InterestRub, after.InterestPaidRub));
    }

    [Fact]
    public void A_refund_under_article_356_returns_no_penalty()
    {
        var paid = Owing(100_000m).Pay(100_266.67m, TenDaysLate, Penalties, Interest).After;

        // Withdrawn (356(1)[2]): the 100,000.00 paid is returned, its penalty is not (356(2)).
        var (after, penaltiesBack, interestBack) = RefundRules.Return(Asked(paid, 100_000m, RefundGround.DeclarationWithdrawn), paid);

        Assert.Equal((0m, 0m, 266.67m, 0m), (penaltiesBack, interestBack, after.PenaltyRub, after.AssessedRub));
    }
}
