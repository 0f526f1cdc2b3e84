using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 355(1): "Excessively paid or excessively collected amounts ... shall be defined as the amounts ... which have been de
/// facto disbursed or collected in excess"; 355(2): they "shall be the returned by the customs office concerned upon the
/// payer's request ... within three years following the date of their disbursement or collection". An advance (330(1)) is
/// money the payer places "in terms of forthcoming customs payments", its property until the payer directs it (330(3)):
/// money customs collected is not that, so the excess stays on the declaration as collected in excess.
/// </summary>
public sealed class ExcessCollectedTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);

    [Fact]
    public void Proceeds_over_what_was_owed_stay_on_the_declaration_and_are_returned_on_request_within_three_years()
    {
        // 100,000.00 due 20.04.2011, the bank's execution of 101,000.00 on 30.04: the duties, the penalty of 21.04-30.04
        // (100,000 x 8% / 300 x 10 = 266.67), and 733.33 collected in excess.
        var owing = new Obligation("d-355-1", new DateOnly(2011, 4, 20), 100_000m, 0, 0, 0, null);
        var (after, toPayments, toPenalties) = owing.Pay(101_000m, new DateOnly(2011, 4, 30), Penalties, Interest);
        var excess = 101_000m - toPayments - toPenalties - (after.InterestPaidRub - owing.InterestPaidRub);

        var credited = after.WithExcessCollected(excess);
        RefundRequest Ask(decimal rub, DateOnly submitted) => RefundRules.Request(credited, "ref-1", "7707083893", RefundGround.OverCollected, rub,
            new DateOnly(2011, 4, 30), submitted, submitted, false);

        Assert.Equal((100_000m, 266.67m, 733.33m), (toPayments, toPenalties, excess));
        Assert.Equal((100_733.33m, true), (credited.PaidRub, credited.Settled));
        Assert.Equal(733.33m, Ask(733.33m, new DateOnly(2014, 4, 30)).AmountRub);
        Assert.Equal("NOT_OVERPAID", Assert.Throws<RuleViolationException>(() => Ask(733.34m, new DateOnly(2011, 5, 2))).Reason);
        Assert.Equal("REFUND_TIME_BARRED", Assert.Throws<RuleViolationException>(() => Ask(733.33m, new DateOnly(2014, 5, 1))).Reason);
        Assert.Equal(733.33m, RefundRules.Notice(credited, new DateOnly(2011, 4, 30), new DateOnly(2011, 5, 4)).AmountRub);
    }
}
