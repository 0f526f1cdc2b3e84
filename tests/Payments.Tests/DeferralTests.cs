using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Arts. 333-337: "A decision ... shall be approved within the time not exceeding 15 days from the day of submission"
/// (333(5)); "for a period from one to six months" (333(6)); denied "based exclusively on the reasons stipulated by Article
/// 335" (333(3)); "an interest chargeable on the sum of the arrears ... proceeding from the refinance rate ... effective
/// in the period of deferral or payment by instalments" (336(1)); a security unless the amount "is below 20,000.00
/// roubles" (337(2)). Interest is charged 1/365 of the year's rate a day (the Code sets no day count).
/// </summary>
public sealed class DeferralTests
{
    private static readonly DeferralRules Rules = new(new InterestCalculator(Book.Shipped), new PenaltyCalculator(Book.Shipped), WorkingCalendars.Default);

    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 90_000m, 0, 0, 0, null);

    private static DeferralRequest Request(Obligation obligation, DeferralKind kind, int months, DateOnly submitted) =>
        Rules.Request(obligation, "r-1", "7707083893", kind, DeferralGround.PerishableGoods, months, submitted);

    [Fact]
    public void Instalments_over_three_months_charge_each_part_interest_to_its_day_across_a_rate_change()
    {
        // 90,000.00 RUB due 20.04.2011; asked 10.04, granted 15.04 (within 15 days: by 25.04) in 3 monthly parts of 30,000.00
        // due 20.05, 20.06 and 20.07; interest from 21.04: 8% to 02.05 (Directive 2583-U), 8.25% from 03.05 (2618-U).
        // Part 1: 30,000 x 8% x 12/365 = 78.90; 30,000 x 8.25% x 18/365 = 122.05 (03.05-20.05)    -> 200.95.
        // Part 2: 78.90 + 30,000 x 8.25% x 49/365 = 332.26 (03.05-20.06)                          -> 411.16.
        // Part 3: 78.90 + 30,000 x 8.25% x 79/365 = 535.68 (03.05-20.07)                          -> 614.58. Total 1,226.69.
        var request = Request(Owing, DeferralKind.Instalments, 3, new DateOnly(2011, 4, 10));

        var decision = Rules.Approve(request, Owing, new DateOnly(2011, 4, 15), "guarantee-77");

        Assert.Equal(new DateOnly(2011, 4, 25), request.DecideBy);
        Assert.False(decision.DecidedLate);
        Assert.Equal(
            [(new DateOnly(2011, 5, 20), 30_000m, 200.95m), (new DateOnly(2011, 6, 20), 30_000m, 411.16m), (new DateOnly(2011, 7, 20), 30_000m, 614.58m)],
            decision.Schedule.Select(i => (i.DueOn, i.PrincipalRub, i.InterestRub)));
        Assert.Equal([(12, 8.00m, 78.90m), (18, 8.25m, 122.05m)], decision.Schedule[0].InterestParts.Select(p => (p.Days, p.RatePercent, p.AmountRub)));
        Assert.Equal(1_226.69m, decision.InterestRub);
        Assert.Equal(new DateOnly(2011, 7, 20), decision.NewDueDate);
        Assert.Equal((true, 91_226.69m, "guarantee-77"), (decision.SecurityRequired, decision.SecurityRequiredRub, decision.SecurityReference));
        Assert.Contains("Art. 336(1)", decision.Schedule[0].InterestParts[0].Trace.LegalReference);
        Assert.Equal(0m, decision.PenaltyChargedRub);
    }

    [Fact]
    public void A_deferral_granted_after_the_term_charges_the_penalty_to_the_decision_and_runs_from_it()
    {
        // 15,000.00 RUB due 01.06.2011, deferred for 2 months on 11.06.2011. Art. 349(2): penalty 02.06-11.06, 10 days at
        // 8.25%: 15,000 x 8.25% / 300 x 10 = 41.25. The period runs 12.06-11.08 (61 days): 15,000 x 8.25% x 61/365 = 206.82.
        // Duties, penalty and interest: 15,248.07 RUB, under 20,000: no security (Art. 337(2)).
        var owing = new Obligation("d-2", new DateOnly(2011, 6, 1), 15_000m, 0, 0, 0, null);
        var request = Request(owing, DeferralKind.Deferral, 2, new DateOnly(2011, 6, 1));

        var decision = Rules.Approve(request, owing, new DateOnly(2011, 6, 11), "");

        Assert.Equal((41.25m, 206.82m), (decision.PenaltyChargedRub, decision.InterestRub));
        Assert.Equal(new DateOnly(2011, 8, 11), decision.NewDueDate);
        Assert.False(decision.SecurityRequired);
        Assert.Single(decision.Schedule);
    }

    [Fact]
    public void Twenty_thousand_roubles_or_more_are_not_deferred_without_a_security()
    {
        var request = Request(Owing, DeferralKind.Deferral, 1, new DateOnly(2011, 4, 10));

        var error = Assert.Throws<RuleViolationException>(() => Rules.Approve(request, Owing, new DateOnly(2011, 4, 12), ""));

        Assert.Equal("SECURITY_REQUIRED", error.Reason);
    }

    [Fact]
    public void A_refusal_states_its_reason_from_article_335_and_a_decision_after_15_days_is_recorded_late()
    {
        var request = Request(Owing, DeferralKind.Deferral, 1, new DateOnly(2011, 4, 10));

        var decision = DeferralRules.Refuse(request, new DateOnly(2011, 4, 26), DeferralRefusalGround.InsolvencyProceedings);

        Assert.Equal(DeferralStatus.Refused, decision.Outcome);
        Assert.StartsWith("Art. 335(1)[2]", decision.RefusalReason);
        Assert.True(decision.DecidedLate);
        Assert.Throws<ArgumentOutOfRangeException>(() => DeferralRules.Refuse(request, new DateOnly(2011, 4, 12), DeferralRefusalGround.Unspecified));
    }

    [Fact]
    public void A_payment_between_the_request_and_the_decision_lessens_what_is_deferred()
    {
        // Asked for 15,000.00; 5,000.00 paid before the decision: 10,000.00 deferred to 01.07.2011 (1 month from 01.06),
        // 10,000 x 8.25% x 30/365 = 67.808... -> 67.81; paid in full by then: nothing is deferred.
        var owing = new Obligation("d-3", new DateOnly(2011, 6, 1), 15_000m, 0, 0, 0, null);
        var request = Request(owing, DeferralKind.Deferral, 1, new DateOnly(2011, 5, 20));

        var decision = Rules.Approve(request, owing with { PaidRub = 5_000m }, new DateOnly(2011, 5, 25), "");

        Assert.Equal((10_000m, 67.81m), (decision.Schedule.Single().PrincipalRub, decision.InterestRub));
        Assert.Equal("NOTHING_OWED",
            Assert.Throws<RuleViolationException>(() => Rules.Approve(request, owing with { PaidRub = 15_000m }, new DateOnly(2011, 5, 25), "")).Reason);
    }

    [Fact]
    public void Nothing_outstanding_is_nothing_to_defer()
    {
        var paid = Owing with { PaidRub = 90_000m };

        Assert.Equal("NOTHING_OWED", Assert.Throws<RuleViolationException>(() => Request(paid, DeferralKind.Deferral, 1, new DateOnly(2011, 4, 10))).Reason);
    }
}
