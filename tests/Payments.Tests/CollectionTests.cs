using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Chapter 30: collection after a demand (348(4)); "from natural persons ... through the court" (348(3)); not "when the
/// payment order ... has not been issued within three years from the date of expiry of their term", nor "less than 150
/// roubles" (348(5)); the bank-account resolution "not later than in thirty days from the date of expiry of their demand"
/// (351(2)), executed "within one bank trading day" (354(2)); goods and other property when the accounts fall short or
/// are unknown (352(1), 353(1)); the bailiff "within a period of three working days" (353(3)).
/// </summary>
public sealed class CollectionTests
{
    private static readonly CollectionRules Rules = new(new PenaltyCalculator(Book.Shipped), new InterestCalculator(Book.Shipped), WorkingCalendars.Default);

    // 100,000.00 RUB due 20.04.2011; the demand of 27.04.2011 had to be met by Wednesday 18.05.2011.
    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 100_000m, 0, 0, 0, null);
    private static readonly DemandOnRecord Demand = new(Guid.NewGuid(), "d-1", new DateOnly(2011, 4, 27), new DateOnly(2011, 5, 18));

    private static CollectionOrder Order(CollectionSource source, DateOnly on, PayerKind kind = PayerKind.Organisation, string court = "", bool noDetails = false) =>
        new("act-1", "d-1", Demand.Id, source, kind, on, court, noDetails);

    private static CollectionAct Decide(CollectionOrder order, Obligation? obligation = null, DemandOnRecord? demand = null, CollectionSource[]? earlier = null, decimal advances = 0) =>
        Rules.Decide(order, obligation ?? Owing, demand ?? Demand, earlier ?? [], advances);

    private static string Refusal(Action act) => Assert.Throws<RuleViolationException>(act).Reason;

    [Fact]
    public void The_bank_accounts_of_an_organisation_the_day_after_the_demand_ran_out_with_the_penalty_to_that_day()
    {
        // Thursday 19.05.2011: penalty 21.04-02.05, 12 days at 8%: 320.00; 03.05-19.05, 17 days at 8.25%: 467.50; 787.50.
        // The bank executes within one bank trading day: Friday 20.05.2011.
        var act = Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 5, 19)));

        Assert.Equal((100_000m, 787.50m, 0m), (act.PaymentsRub, act.PenaltiesRub, act.CollectedRub));
        Assert.Equal(new DateOnly(2011, 5, 20), act.NextStepBy);
        Assert.Contains("351", act.Basis);
    }

    [Fact]
    public void Nothing_is_collected_while_the_demand_may_still_be_met() =>
        Assert.Equal("DEMAND_NOT_EXPIRED", Refusal(() => Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 5, 18)))));

    [Fact]
    public void A_bank_account_resolution_later_than_30_days_after_the_demand_ran_out_has_no_power()
    {
        // 18.05 + 30 days = 17.06.2011: that day still, 18.06 no longer (then a claim in court).
        Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 6, 17)));

        Assert.Equal("INDISPUTABLE_TERM_EXPIRED", Refusal(() => Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 6, 18)))));
        Assert.Null(Decide(Order(CollectionSource.CourtClaim, new DateOnly(2011, 6, 18), court: "A40-1234/2011")).NextStepBy);
    }

    [Fact]
    public void A_natural_person_is_collected_from_only_on_a_courts_ruling()
    {
        Assert.Equal("COURT_REQUIRED", Refusal(() => Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 5, 19), PayerKind.NaturalPerson))));

        var act = Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 7, 1), PayerKind.NaturalPerson, "2-555/2011"));

        Assert.Contains("Art. 348(3)", act.Basis);
    }

    [Fact]
    public void Goods_and_other_property_come_after_the_bank_accounts_unless_their_details_are_unknown()
    {
        var on = new DateOnly(2011, 5, 19);
        Assert.Equal("COLLECTION_ORDER", Refusal(() => Decide(Order(CollectionSource.OtherProperty, on))));
        Assert.Equal("COURT_REQUIRED", Refusal(() => Decide(Order(CollectionSource.Goods, on), earlier: [CollectionSource.BankAccounts])));

        var goods = Decide(Order(CollectionSource.Goods, on, court: "A40-99/2011"), earlier: [CollectionSource.BankAccounts]);
        // Thursday 19.05 + 3 working days: 20, 23, 24 May.
        var property = Decide(Order(CollectionSource.OtherProperty, on, noDetails: true));

        Assert.Contains("Art. 352", goods.Basis);
        Assert.Equal(new DateOnly(2011, 5, 24), property.NextStepBy);
    }

    [Fact]
    public void Advances_are_taken_up_to_what_is_owed()
    {
        var on = new DateOnly(2011, 5, 19);

        Assert.Equal(50_000m, Decide(Order(CollectionSource.Advances, on), advances: 50_000m).CollectedRub);
        Assert.Equal(100_787.50m, Decide(Order(CollectionSource.Advances, on), advances: 200_000m).CollectedRub);
        Assert.Equal("INSUFFICIENT_ADVANCE", Refusal(() => Decide(Order(CollectionSource.Advances, on))));
    }

    [Fact]
    public void Under_150_roubles_or_on_a_demand_issued_more_than_three_years_after_the_term_nothing_is_collected()
    {
        var small = Owing with { AssessedRub = 149.99m };
        var late = Demand with { DispatchedOn = new DateOnly(2014, 4, 21), MeetBy = new DateOnly(2014, 5, 20) };
        var inTime = Demand with { DispatchedOn = new DateOnly(2014, 4, 20), MeetBy = new DateOnly(2014, 5, 20) };

        Assert.Equal("BELOW_COLLECTION_MINIMUM", Refusal(() => Decide(Order(CollectionSource.BankAccounts, new DateOnly(2011, 5, 19)), small)));
        Assert.Equal("COLLECTION_TIME_BARRED", Refusal(() => Decide(Order(CollectionSource.CourtClaim, new DateOnly(2014, 5, 21), court: "A40-1/2014"), demand: late)));
        Assert.Equal(100_000m, Decide(Order(CollectionSource.CourtClaim, new DateOnly(2014, 5, 21), court: "A40-1/2014"), demand: inTime).PaymentsRub);
    }

    [Fact]
    public void Proceeds_follow_an_act_that_orders_money_paid_in_not_one_that_took_advances_and_not_before_it()
    {
        // Art. 351(3): the order instructs the bank "to debit from the payer's account(s) the due amount and transfer it to the
        // bank account of the customs office"; Art. 353(2): advances are collected by the resolution itself.
        var on = new DateOnly(2011, 5, 19);
        var fromBank = Decide(Order(CollectionSource.BankAccounts, on));

        CollectionRules.CheckProceeds(fromBank, on.AddDays(1));

        Assert.Equal("PROCEEDS_NOT_EXPECTED", Refusal(() => CollectionRules.CheckProceeds(Decide(Order(CollectionSource.Advances, on), advances: 1_000m), on)));
        Assert.Throws<RequestValidationException>(() => CollectionRules.CheckProceeds(fromBank, on.AddDays(-1)));
    }
}
