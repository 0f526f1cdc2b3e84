using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Cash deposits, worked by hand: "legal tender of the Russian Federation or foreign currency whose exchange rate is quoted
/// by the Central Bank" (345(1)); refunded "by the same customs office to whose account said amount was credited ... or by
/// the customs office where the customs procedure declared by the payer is completed" (357(2)), "upon the submission of the
/// pertinent customs receipt ... in the same currency as the cash payment" (357(3)), "the amounts shall not be indexed"
/// (357(6)); the arrears collected "at the expense of ... the payer's cash deposit" (353(1)) with the notice "within one
/// working day following the date of said collection" (353(2)).
/// </summary>
public sealed class CashDepositRulesTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);
    private static readonly InterestCalculator Interest = new(Book.Shipped);

    // The central bank's file of 04.04.2025: USD 84,3830 for 1; KZT 16,7743 for 100.
    private static readonly RateTable April4 = new(new DateOnly(2025, 4, 4),
        [new ExchangeRate("USD", new DateOnly(2025, 4, 4), 1, 84.3830m), new ExchangeRate("KZT", new DateOnly(2025, 4, 4), 100, 16.7743m)]);

    // 100,000.00 RUB due 20.04.2011; the demand of 27.04.2011 had to be met by Wednesday 18.05.2011.
    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 100_000m, 0, 0, 0, null);
    private static readonly DateOnly MeetBy = new(2011, 5, 18);

    private static Security Deposit(decimal amountRub = 150_000m, decimal called = 0m, decimal refunded = 0m, string currency = "RUB", decimal asPaid = 0m) =>
        new(Guid.Parse("01900000-0000-7000-8000-000000000013"), "D-13", SecurityMethod.CashDeposit, "7707083893", "", true, "10005000",
            new DateOnly(2011, 4, 1), amountRub, 0m, called, true, "10005000/010411/0000000D")
        {
            DepositCurrency = currency, DepositAmount = asPaid == 0m ? amountRub : asPaid, RefundedRub = refunded,
        };

    private static string Refused(Action act) => Assert.Throws<RuleViolationException>(act).Reason;

    [Fact]
    public void A_deposit_in_a_quoted_foreign_currency_is_worth_its_roubles_at_the_rate_of_the_day_of_acceptance()
    {
        // 1,000.00 USD x 84.3830 = 84,383.00 RUB; 1,234.56 KZT x 16.7743 / 100 = 207.0887... = 207.09 RUB.
        Assert.Equal(84_383.00m, CashDepositRules.InRoubles(1_000m, "USD", April4));
        Assert.Equal(207.09m, CashDepositRules.InRoubles(1_234.56m, "KZT", April4));
        Assert.Equal(5_000m, CashDepositRules.InRoubles(5_000m, "RUB", April4));
        // 345(1): only a currency "whose exchange rate is quoted by the Central Bank".
        Assert.Equal(PaymentErrors.ExchangeRateNotSet, Refused(() => CashDepositRules.InRoubles(100m, "XAU", April4)));
    }

    [Fact]
    public void A_deposit_is_refunded_in_the_currency_paid_as_paid_and_not_indexed()
    {
        var usd = Deposit(84_383.00m, currency: "USD", asPaid: 1_000m);

        // The whole deposit back: exactly the 1,000.00 USD paid, whatever the dollar's rate on the day of refund (357(6)).
        Assert.Equal(1_000.00m, CashDepositRules.RefundAsPaid(usd, 84_383.00m));
        // Half of its roubles back (the rest called or kept for arrears): half of the dollars paid.
        Assert.Equal(500.00m, CashDepositRules.RefundAsPaid(usd, 42_191.50m));
        // 50,000.00 of 84,383.00: 1,000 x 50,000 / 84,383 = 592.536... = 592.54 USD.
        Assert.Equal(592.54m, CashDepositRules.RefundAsPaid(usd, 50_000m));
    }

    [Fact]
    public void A_deposit_is_refunded_by_the_office_that_received_it_or_where_a_procedure_it_secured_was_completed()
    {
        var deposit = Deposit();

        CashDepositRules.EnsureRefundingOffice(deposit, "10005000", []);
        CashDepositRules.EnsureRefundingOffice(deposit, "10702000", ["10702000"]);
        Assert.Equal(PaymentErrors.NotRefundingOffice, Refused(() => CashDepositRules.EnsureRefundingOffice(deposit, "10216000", ["10702000"])));
    }

    [Fact]
    public void A_deposit_is_refunded_on_its_own_customs_receipt()
    {
        var deposit = Deposit();

        CashDepositRules.EnsureReceipt(deposit, "10005000/010411/0000000d");
        Assert.Equal(PaymentErrors.ReceiptRequired, Refused(() => CashDepositRules.EnsureReceipt(deposit, "")));
        Assert.Equal(PaymentErrors.ReceiptMismatch, Refused(() => CashDepositRules.EnsureReceipt(deposit, "10005000/010411/0000000E")));
    }

    [Fact]
    public void The_arrears_are_collected_from_the_deposit_after_the_demand_ran_out_duties_first_then_penalties_with_the_notice_the_next_working_day()
    {
        // Thursday 19.05.2011: penalty 21.04-02.05, 12 days at 8%: 320.00; 03.05-19.05, 17 days at 8.25%: 467.50; 787.50.
        // The deposit holds 150,000.00: 100,787.50 is taken, 100,000.00 to the duties and 787.50 to the penalties (349(7)).
        var (after, taken) = CashDepositRules.Collect(Deposit(), Owing, "7707083893", MeetBy, new DateOnly(2011, 5, 19), Penalties, Interest, WorkingCalendars.Default.Russia);

        Assert.Equal(new DepositCollection(100_787.50m, 100_000m, 0m, 787.50m, new DateOnly(2011, 5, 20)), taken);
        Assert.True(after.Settled);
    }

    [Fact]
    public void What_a_refund_kept_for_the_arrears_is_all_the_deposit_gives_them()
    {
        // 150,000.00 deposited, 89,000.00 refunded: 61,000.00 kept (357(5)) pays 61,000.00 of the duties; the rest stays owed.
        var (after, taken) = CashDepositRules.Collect(Deposit(refunded: 89_000m), Owing, "7707083893", MeetBy, new DateOnly(2011, 5, 19), Penalties, Interest,
            WorkingCalendars.Default.Russia);

        Assert.Equal((61_000m, 61_000m, 0m), (taken.AmountRub, taken.ToPaymentsRub, taken.ToPenaltiesRub));
        Assert.Equal((39_000m, 787.50m), (after.OutstandingRub, after.PenaltyOutstandingRub));
    }

    [Fact]
    public void No_collection_before_the_demand_runs_out_from_another_payers_deposit_from_a_guarantee_or_from_a_deposit_with_nothing_left()
    {
        Assert.Equal(PaymentErrors.DemandNotExpired,
            Refused(() => CashDepositRules.Collect(Deposit(), Owing, "7707083893", MeetBy, MeetBy, Penalties, Interest, WorkingCalendars.Default.Russia)));
        Assert.Equal(PaymentErrors.NotThePrincipalsDeclaration,
            Refused(() => CashDepositRules.Collect(Deposit(), Owing, "7702070139", MeetBy, new DateOnly(2011, 5, 19), Penalties, Interest, WorkingCalendars.Default.Russia)));
        Assert.Equal(PaymentErrors.NotACashDeposit, Refused(() => CashDepositRules.Collect(Deposit() with { Method = SecurityMethod.BankGuarantee }, Owing, "7707083893",
            MeetBy, new DateOnly(2011, 5, 19), Penalties, Interest, WorkingCalendars.Default.Russia)));
        Assert.Equal(PaymentErrors.DepositExhausted, Refused(() => CashDepositRules.Collect(Deposit(called: 150_000m), Owing, "7707083893", MeetBy,
            new DateOnly(2011, 5, 19), Penalties, Interest, WorkingCalendars.Default.Russia)));
    }
}
