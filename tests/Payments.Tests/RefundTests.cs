using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Arts. 355-356: the request "within three years following the date of their disbursement or collection" (355(2)); the
/// payer told "within one month's time from the day of discovery" (355(3)); the refund within "one month from the date of
/// submission of a written request ... and supply of all required documents", else "an interest ... for each day of
/// non-fulfilment ... equivalent to the refinance rate" (355(4)); none "less than 150 roubles, except ... natural persons"
/// (355(9)); offset against arrears (355(8), (9)); 356's cases "within one year from the day following" (356(2)).
/// </summary>
public sealed class RefundTests
{
    private static readonly RefundRules Rules = new(new InterestCalculator(Book.Shipped), new PenaltyCalculator(Book.Shipped));

    // Assessed 80,000.00 RUB after a reassessment, 100,000.00 paid on 15.04.2011: 20,000.00 paid in excess.
    private static readonly Obligation Overpaid = new("d-9", new DateOnly(2011, 4, 20), 80_000m, 100_000m, 0, 0, null);

    private static RefundRequest Request(decimal amount, DateOnly submitted, RefundGround ground = RefundGround.Overpaid, bool natural = false, DateOnly? paid = null) =>
        RefundRules.Request(Overpaid, "ref-1", "7707083893", ground, amount, paid ?? new DateOnly(2011, 4, 15), submitted, submitted, natural);

    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Reason;

    [Fact]
    public void The_payer_is_told_of_an_overpayment_within_a_month_of_its_discovery()
    {
        var inTime = RefundRules.Notice(Overpaid, new DateOnly(2011, 6, 1), new DateOnly(2011, 7, 1));
        var late = RefundRules.Notice(Overpaid, new DateOnly(2011, 6, 1), new DateOnly(2011, 7, 2));

        Assert.Equal((20_000m, new DateOnly(2011, 7, 1), false), (inTime.AmountRub, inTime.NotifyBy, inTime.NotifiedLate));
        Assert.True(late.NotifiedLate);
        Assert.Equal("NOT_OVERPAID", Refusal(() => RefundRules.Notice(Overpaid with { PaidRub = 80_000m }, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 2))));
    }

    [Fact]
    public void An_excess_is_asked_back_within_three_years_of_its_payment_and_a_case_of_356_within_a_year()
    {
        Assert.Equal(new DateOnly(2014, 5, 15), Request(20_000m, new DateOnly(2014, 4, 15)).RefundBy);
        Assert.Equal("REFUND_TIME_BARRED", Refusal(() => Request(20_000m, new DateOnly(2014, 4, 16))));

        // Withdrawn on 01.05.2011 (Art. 356(1)[2]): the whole 100,000.00 paid may be asked back until 01.05.2012.
        Assert.Equal(100_000m, Request(100_000m, new DateOnly(2012, 5, 1), RefundGround.DeclarationWithdrawn, paid: new DateOnly(2011, 5, 1)).AmountRub);
        Assert.Equal("REFUND_TIME_BARRED",
            Refusal(() => Request(100_000m, new DateOnly(2012, 5, 2), RefundGround.DeclarationWithdrawn, paid: new DateOnly(2011, 5, 1))));
    }

    [Fact]
    public void Under_150_roubles_only_a_natural_person_is_refunded_and_never_more_than_the_excess()
    {
        Assert.Equal("BELOW_REFUND_MINIMUM", Refusal(() => Request(149.99m, new DateOnly(2011, 6, 1))));
        Assert.Equal(149.99m, Request(149.99m, new DateOnly(2011, 6, 1), natural: true).AmountRub);
        Assert.Equal("NOT_OVERPAID", Refusal(() => Request(20_000.01m, new DateOnly(2011, 6, 1))));
    }

    [Fact]
    public void A_refund_later_than_a_month_from_the_complete_request_bears_interest_for_each_day_of_delay()
    {
        // Complete on 01.06.2011: due by 01.07.2011. Refunded 11.07.2011: 02.07-11.07, 10 days at 8.25% (Directive 2618-U):
        // 20,000 x 8.25% x 10/365 = 45.205... -> 45.21. Refunded on 01.07: in time, no interest.
        var request = Request(20_000m, new DateOnly(2011, 6, 1));

        var late = Rules.Decide(request, new DateOnly(2011, 7, 8), new DateOnly(2011, 7, 11), null);
        var inTime = Rules.Decide(request, new DateOnly(2011, 6, 20), new DateOnly(2011, 7, 1), null);

        Assert.Equal((20_000m, 45.21m), (late.RefundRub, late.Interest.AmountRub));
        Assert.Equal([(10, 8.25m)], late.Interest.Parts.Select(p => (p.Days, p.RatePercent)));
        Assert.Contains("Art. 355(4)", late.Interest.Parts[0].Trace.LegalReference);
        Assert.Equal(0m, inTime.Interest.AmountRub);
    }

    [Fact]
    public void An_offset_pays_the_payers_arrears_on_another_declaration_first_and_the_payer_is_told_within_three_days()
    {
        // The other declaration owes 5,000.00 of duties and 100.00 of penalties charged, its term not yet run out.
        var arrears = new Obligation("d-10", new DateOnly(2011, 7, 30), 5_000m, 0, 100m, 0, new DateOnly(2011, 6, 10));
        var request = Request(20_000m, new DateOnly(2011, 6, 1));

        var decision = Rules.Decide(request, new DateOnly(2011, 6, 20), new DateOnly(2011, 6, 21), arrears);

        Assert.Equal((5_100m, 14_900m, "d-10"), (decision.OffsetRub, decision.RefundRub, decision.OffsetDeclarationId));
        Assert.Equal(new DateOnly(2011, 6, 23), decision.OffsetNoticeBy);
    }
}
