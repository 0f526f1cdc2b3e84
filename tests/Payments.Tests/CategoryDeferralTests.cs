using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 333(4): "Deferral or payment by instalments of customs duties and taxes may be approved with regard to one or several
/// categories of customs duties and taxes, as well as to the total dutiable amounts or part thereof." Art. 336(1): the
/// deferral "shall be liable for an interest chargeable on the sum of the arrears for customs duties and taxes proceeding
/// from the refinance rate of the Central Bank of the Russian Federation effective in the period of deferral or payment by
/// instalments". Art. 349(2): penalties "for each calendar day of a delay ... beginning from the day following the date of
/// expiry of the time limit". The categories not deferred keep the term of Art. 329. Payments meet: fees, the parts not
/// deferred (duty, excise, VAT), then the deferred parts (README). Rates: 8% a year to 02.05.2011 (Directive 2583-U),
/// 8.25% from 03.05.2011 (2618-U); interest 1/365 of the year's rate a day, penalty 1/300 of it.
/// </summary>
public sealed class CategoryDeferralTests
{
    private static readonly InterestCalculator Interest = new(Book.Shipped);
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly DateOnly Term = new(2011, 4, 20);
    private static readonly DateOnly Decided = new(2011, 4, 15);

    // Fees 2,000.00, import duty 28,000.00, VAT 60,000.00: 90,000.00 due 20.04.2011 (Art. 329(1)).
    private static readonly Obligation Owing = new("d-1", Term, 90_000m, 0, 0, 0, null)
    {
        Categories =
        [
            new(PaymentCategory.CustomsFee, 2_000m), new(PaymentCategory.ImportDuty, 28_000m), new(PaymentCategory.Vat, 60_000m),
        ],
    };

    private static Obligation VatDeferred() => Deferred.Granted(Owing, DeferralKind.Deferral, 1, Decided, categories: [PaymentCategory.Vat]);

    [Fact]
    public void A_deferral_of_vat_moves_only_vat_to_its_term_the_fees_and_duty_keep_the_term_of_article_329()
    {
        // The period starts after the term (20.04) and runs one month: VAT 60,000.00 due 20.05.2011; 30,000.00 stays due 20.04.
        var granted = VatDeferred();

        Assert.Equal([(Term, 30_000m, (PaymentCategory?)null), (new DateOnly(2011, 5, 20), 60_000m, PaymentCategory.Vat)],
            granted.Terms().Select(t => (t.DueOn, t.PrincipalRub, t.Category)));
        Assert.Equal((30_000m, 0m), (granted.ArrearsOn(Term.AddDays(1)), granted.ArrearsOn(Term)));
    }

    [Fact]
    public void Unpaid_duty_bears_the_penalty_from_the_day_after_its_term_while_the_vat_deferred_bears_interest_alone()
    {
        // On 30.04.2011, nothing paid. Art. 349(2): 30,000.00 (fees and duty) for 21.04-30.04, 10 days at 8%/300 = 80.00.
        // Art. 336(1): VAT 60,000.00 for 21.04-30.04, 10 days at 8%/365 = 131.506... = 131.51; none on the duty.
        var granted = VatDeferred();
        var on = new DateOnly(2011, 4, 30);

        var interest = granted.InterestTo(on, Interest);

        Assert.Equal(80.00m, granted.PenaltyTo(on, Penalties).AmountRub);
        Assert.Equal(131.51m, interest.AmountRub);
        var part = Assert.Single(interest.Parts);
        Assert.Equal(60_000m, part.BaseRub);
        Assert.Contains("deferred VAT unpaid", part.Trace.Rule, StringComparison.Ordinal);
        Assert.Contains("333(4)", part.Trace.LegalReference, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_vat_term_the_duty_unpaid_has_a_penalty_across_the_rate_change_and_the_interest_is_on_vat_only()
    {
        // To 20.05.2011, nothing paid. Penalty on 30,000.00: 21.04-02.05, 12 days at 8%/300 = 96.00; 03.05-20.05, 18 days at
        // 8.25%/300 = 148.50: 244.50. Interest on VAT 60,000.00: 12 days at 8%/365 = 157.808... = 157.81; 18 days at 8.25%/365
        // = 244.109... = 244.11: 401.92. Paying 90,646.42 on 20.05 meets everything (Art. 336(2): with the VAT at the latest).
        var granted = VatDeferred();
        var on = new DateOnly(2011, 5, 20);

        var (after, toPayments, toPenalties) = granted.Pay(90_000m + 401.92m + 244.50m, on, Penalties, Interest);

        Assert.Equal([96.00m, 148.50m], granted.PenaltyTo(on, Penalties).Parts.Select(p => p.AmountRub));
        Assert.Equal([157.81m, 244.11m], granted.InterestTo(on, Interest).Parts.Select(p => p.AmountRub));
        Assert.Equal((90_000m, 244.50m, 401.92m), (toPayments, toPenalties, after.InterestPaidRub));
        Assert.True(after.Settled);
    }

    [Fact]
    public void Payments_meet_the_fees_first_then_the_categories_not_deferred_then_the_deferred_vat()
    {
        // 25,000.00 paid on the term: fees 2,000.00, then 23,000.00 of the duty; nothing of the deferred VAT.
        var (after, _, _) = VatDeferred().Pay(25_000m, Term, Penalties, Interest);

        Assert.Equal(
            [
                (PaymentCategory.CustomsFee, 2_000m, 2_000m, 0m, 0m), (PaymentCategory.ImportDuty, 28_000m, 23_000m, 5_000m, 0m),
                (PaymentCategory.Vat, 60_000m, 0m, 60_000m, 60_000m),
            ],
            after.CategoryBalances().Select(c => (c.Category, c.AssessedRub, c.PaidRub, c.OutstandingRub, c.DeferredRub)));
    }

    [Fact]
    public void A_part_of_duty_and_vat_is_taken_from_the_duty_first_and_each_bears_its_own_interest()
    {
        // 70,000.00 of duty (28,000.00) and VAT (60,000.00): duty 28,000.00 and VAT 42,000.00 deferred to 20.05; fees 2,000.00
        // and VAT 18,000.00 stay due 20.04. On 30.04: interest on duty 28,000.00 x 8% x 10/365 = 61.369... = 61.37; on VAT
        // 42,000.00 x 8% x 10/365 = 92.054... = 92.05. Paying 20,000.00 meets the fees and the VAT not deferred.
        var granted = Deferred.Granted(Owing, DeferralKind.Deferral, 1, Decided, part: 70_000m, categories: [PaymentCategory.Vat, PaymentCategory.ImportDuty]);
        var on = new DateOnly(2011, 4, 30);

        var (after, _, _) = granted.Pay(20_000m, Term, Penalties, Interest);

        Assert.Equal([20_000m, 28_000m, 42_000m], granted.Terms().Select(t => t.PrincipalRub));
        Assert.Equal([61.37m, 92.05m], granted.InterestTo(on, Interest).Parts.Select(p => p.AmountRub));
        Assert.Contains("import customs duty", granted.InterestTo(on, Interest).Parts[0].Trace.Rule, StringComparison.Ordinal);
        Assert.Equal([(2_000m, 0m), (0m, 28_000m), (18_000m, 42_000m)], after.CategoryBalances().Select(c => (c.PaidRub, c.OutstandingRub)));
    }

    [Fact]
    public void A_category_that_owes_nothing_a_fee_or_an_amount_over_what_the_categories_owe_is_refused_with_field_violations()
    {
        Violations(() => Request(null, PaymentCategory.Excise), "categories[0]");
        Violations(() => Request(null, PaymentCategory.CustomsFee), "categories[0]");
        Violations(() => Request(null, PaymentCategory.Vat, PaymentCategory.Vat), "categories[1]");
        Violations(() => Request(60_000.01m, PaymentCategory.Vat), "amount");
        // Duty paid in full (the first 30,000.00 meet the fees and the duty): it owes nothing to defer.
        Violations(() => Deferred.Rules.Request(Owing with { PaidRub = 30_000m }, "r-1", "7707083893", DeferralKind.Deferral,
            DeferralGround.PerishableGoods, 1, Decided, null, [PaymentCategory.ImportDuty]), "categories[0]");
        Assert.Equal(60_000m, Request(null, PaymentCategory.Vat).AmountRub);
    }

    [Fact]
    public void A_reassessment_changes_each_category_and_the_vat_deferred_is_capped_at_the_vat_assessed()
    {
        // VAT reassessed to 50,000.00 (10,000.00 to refund), duty to 29,000.00 (1,000.00 more to pay): the deferred part is
        // the VAT assessed, 50,000.00; the term of 20.04 covers fees and duty, 31,000.00.
        var reassessed = VatDeferred().Reassessed(
            [new(PaymentCategory.CustomsFee, 2_000m), new(PaymentCategory.ImportDuty, 29_000m), new(PaymentCategory.Vat, 50_000m)]);

        Assert.Equal(81_000m, reassessed.AssessedRub);
        Assert.Equal([31_000m, 50_000m], reassessed.Terms().Select(t => t.PrincipalRub));
    }

    [Fact]
    public void A_rescinded_deferral_of_vat_falls_due_as_vat()
    {
        // Art. 335(2): rescinded on 05.05.2011: the VAT falls due that day and keeps its category (its interest charged to it).
        var ended = VatDeferred().EndDeferral(new DateOnly(2011, 5, 5), Interest);

        Assert.Equal([(new DateOnly(2011, 5, 5), 60_000m, (PaymentCategory?)PaymentCategory.Vat)], ended.Deferred.Select(p => (p.DueOn, p.PrincipalRub, p.Category)));
    }

    [Fact]
    public void The_assessment_gives_the_categories_summed_over_items_in_the_order_of_payment()
    {
        static Figure F(FigureKind kind, decimal rub) => new(kind, rub, null, new Trace("", "", "", "", ""));
        var result = new AssessmentResult(
            [
                new ItemAssessment(1, "0101", [F(FigureKind.CustomsValue, 100_000m), F(FigureKind.ImportDuty, 10_000m), F(FigureKind.Vat, 20_000m)]),
                new ItemAssessment(2, "0102", [F(FigureKind.ImportDuty, 5_000m), F(FigureKind.Excise, 1_000m), F(FigureKind.Vat, 3_000m)]),
            ],
            [F(FigureKind.CustomsFee, 1_000m)], []);

        Assert.Equal(
            [new(PaymentCategory.CustomsFee, 1_000m), new(PaymentCategory.ImportDuty, 15_000m), new(PaymentCategory.Excise, 1_000m), new CategoryAmount(PaymentCategory.Vat, 23_000m)],
            PaymentCategories.From(result));
        Assert.Equal(result.Total, PaymentCategories.From(result).Sum(c => c.AssessedRub));
    }

    [Fact]
    public void A_reassessment_answers_the_difference_of_each_category_to_pay_or_to_refund()
    {
        // Duty 10,000.00 -> 12,000.00 (+2,000.00 to pay), VAT 20,000.00 -> 19,000.00 (-1,000.00 to refund), excise new 500.00.
        static Figure F(FigureKind kind, decimal rub) => new(kind, rub, null, new Trace("", "", "", "", ""));
        var before = new AssessmentResult([new ItemAssessment(1, "0101", [F(FigureKind.ImportDuty, 10_000m), F(FigureKind.Vat, 20_000m)])], [], []);
        var after = new AssessmentResult(
            [new ItemAssessment(1, "0101", [F(FigureKind.ImportDuty, 12_000m), F(FigureKind.Excise, 500m), F(FigureKind.Vat, 19_000m)])], [], []);

        Assert.Equal(
            [new(PaymentCategory.ImportDuty, 2_000m), new(PaymentCategory.Excise, 500m), new CategoryDifference(PaymentCategory.Vat, -1_000m)],
            PaymentCategories.Differences(before, after));
    }

    private static DeferralRequest Request(decimal? part, params PaymentCategory[] categories) => Deferred.Rules.Request(
        Owing, "r-1", "7707083893", DeferralKind.Deferral, DeferralGround.PerishableGoods, 1, Decided, part, categories);

    private static void Violations(Func<object> act, string field) =>
        Assert.Equal([field], Assert.Throws<RequestValidationException>(act).Violations.Select(v => v.Field));
}
