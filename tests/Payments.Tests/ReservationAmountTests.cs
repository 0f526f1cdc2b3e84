using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// What one reservation may take of a security, worked by hand. Art. 338(1): "The security amount ... is determined ...
/// proceeding from the sums of dutiable payments and the interests payable at the instance of release of goods for free
/// circulation ... The security amount may not exceed the above sums of dutiable payments." Art. 337(2): "Guarantees ...
/// shall not be required if the amount of customs duties, taxes, penalty fees, and interests due to be paid is below
/// 20,000.00 roubles".
/// </summary>
public sealed class ReservationAmountTests
{
    private static readonly InterestCalculator Interest = new(Book.Shipped);

    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 90_000m, 0, 0, 0, null);

    [Fact]
    public void A_declaration_owing_90000_roubles_takes_at_most_90000_over_all_its_reservations()
    {
        // 90,000.00 RUB assessed, nothing paid: 90,000.00 may be secured; 60,000.00 held on one security leaves 30,000.00.
        var payable = ReservationRules.PayableRub(Owing, Interest);

        Assert.Equal(90_000m, payable);
        ReservationRules.EnsureAmount(SecurityPurpose.Operations, payable, 0m, 90_000m, 20_000m);
        ReservationRules.EnsureAmount(SecurityPurpose.Operations, payable, 60_000m, 30_000m, 20_000m);
        var above = Assert.Throws<RuleViolationException>(() => ReservationRules.EnsureAmount(SecurityPurpose.Operations, payable, 60_000m, 30_000.01m, 20_000m));
        Assert.Equal(("SECURITY_ABOVE_PAYABLE", "Art. 338(1)"), (above.Reason, above.LegalBasis));
        Assert.Contains("at most 30000.00 RUB more", above.Message);
    }

    [Fact]
    public void What_is_paid_is_no_longer_secured_and_the_penalties_charged_are()
    {
        // 90,000.00 assessed, 75,000.00 paid, 1,500.00 of penalties charged of which 500.00 paid: 15,000.00 + 1,000.00 = 16,000.00,
        // under 20,000.00: no security is required for the declaration (337(2)).
        var partly = Owing with { PaidRub = 75_000m, PenaltyRub = 1_500m, PenaltyPaidRub = 500m };
        var payable = ReservationRules.PayableRub(partly, Interest);

        Assert.Equal(16_000m, payable);
        var none = Assert.Throws<RuleViolationException>(() => ReservationRules.EnsureAmount(SecurityPurpose.Operations, payable, 0m, 16_000m, 20_000m));
        Assert.Equal(("SECURITY_NOT_REQUIRED", "Art. 337(2)"), (none.Reason, none.LegalBasis));
    }

    [Fact]
    public void Security_is_required_from_20000_roubles_exactly()
    {
        ReservationRules.EnsureAmount(SecurityPurpose.Operations, 20_000m, 0m, 20_000m, 20_000m);
        Assert.Equal("SECURITY_NOT_REQUIRED",
            Assert.Throws<RuleViolationException>(() => ReservationRules.EnsureAmount(SecurityPurpose.Operations, 19_999.99m, 0m, 19_999.99m, 20_000m)).Reason);
    }

    [Fact]
    public void A_brokers_security_required_by_339_may_secure_an_operation_under_20000_roubles_but_not_above_what_it_owes()
    {
        // Art. 339(1): the broker's activity "stipulates security" whatever one operation owes; 338(1) still caps the reservation.
        ReservationRules.EnsureAmount(SecurityPurpose.CustomsBroker, 5_000m, 0m, 5_000m, 20_000m);
        Assert.Equal("SECURITY_ABOVE_PAYABLE",
            Assert.Throws<RuleViolationException>(() => ReservationRules.EnsureAmount(SecurityPurpose.CustomsBroker, 5_000m, 0m, 5_000.01m, 20_000m)).Reason);
    }

    [Fact]
    public void Under_a_deferral_the_interest_payable_to_each_parts_term_is_secured_with_the_duties()
    {
        // 90,000.00 in three monthly parts of 30,000.00 (20.05, 20.06, 20.07.2011), granted 15.04.2011 (DeferralTests, whose
        // schedule expects 1,226.69 and a security of 91,226.69). The interest payable is counted as it is charged, on what is
        // unpaid in each span of one rate, rounded per span: 21.04-02.05, 12 days on 90,000 at 8%: 236.71; 03.05-20.05, 18 days
        // on 90,000 at 8.25%: 366.16; 21.05-20.06, 31 days on 60,000: 420.41; 21.06-20.07, 30 days on 30,000: 203.42. 1,226.70,
        // a kopeck over the schedule: 91,226.70 may be secured, so the decision's security fits.
        var granted = Deferred.Granted(Owing, DeferralKind.Instalments, 3, new DateOnly(2011, 4, 15));
        var payable = ReservationRules.PayableRub(granted, Interest);

        Assert.Equal(91_226.70m, payable);
        ReservationRules.EnsureAmount(SecurityPurpose.Operations, payable, 0m, 91_226.69m, 20_000m);
    }
}
