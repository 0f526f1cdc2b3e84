using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// A guarantor's breach, worked by hand: the demand's term "should not be less than ten and not more than twenty working
/// days beginning from the date of receipt" (350(4)); a bank may be excluded for "breach of the obligations as per a bank
/// guarantee" (344(1)), so that exclusion needs a demand left unmet past its term on record.
/// </summary>
public sealed class GuaranteeBreachTests
{
    // Handed on Monday 06.10.2025, ten working days: to be met by Monday 20.10.2025.
    private static readonly DateOnly MeetBy = new(2025, 10, 20);

    private static GuarantorDemand Demand(GuarantorDemandStatus status = GuarantorDemandStatus.Open, DateOnly? metOn = null) =>
        new(Guid.NewGuid(), "GD-1", Guid.NewGuid(), "op-1", "d-1", "7702070139", new DateOnly(2025, 10, 6), new DateOnly(2025, 4, 19), new DateOnly(2025, 7, 19),
            100_000m, 2_000m, 102_000m, 0m, status, metOn, DateTimeOffset.UnixEpoch)
        {
            Term = new GuarantorDemandTerm(DemandDelivery.Handed, new DateOnly(2025, 10, 6), MeetBy, false),
        };

    [Fact]
    public void A_demand_open_after_its_last_day_to_meet_it_is_a_breach_from_the_next_day()
    {
        Assert.False(Demand().BreachedBefore(MeetBy));
        Assert.True(Demand().BreachedBefore(MeetBy.AddDays(1)));
        Assert.True(Demand().OverdueOn(MeetBy.AddDays(1)));
    }

    [Fact]
    public void A_demand_met_late_stays_a_breach_one_met_in_its_term_is_none()
    {
        Assert.True(Demand(GuarantorDemandStatus.Met, MeetBy.AddDays(3)).BreachedBefore(MeetBy.AddDays(10)));
        Assert.False(Demand(GuarantorDemandStatus.Met, MeetBy).BreachedBefore(MeetBy.AddDays(10)));
        // A demand lodged before terms were recorded has no term to breach.
        Assert.False((Demand() with { Term = null }).BreachedBefore(MeetBy.AddDays(10)));
    }

    [Fact]
    public void An_exclusion_for_a_breached_guarantee_needs_a_breach_on_record_before_its_day()
    {
        RegisterRules.EnsureBreachOnRecord([Demand(GuarantorDemandStatus.Met, MeetBy), Demand()], MeetBy.AddDays(1));

        var none = Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureBreachOnRecord([Demand()], MeetBy));
        var metInTerm = Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureBreachOnRecord([Demand(GuarantorDemandStatus.Met, MeetBy)], MeetBy.AddDays(5)));
        Assert.Equal((PaymentErrors.NoBreachOnRecord, PaymentErrors.NoBreachOnRecord), (none.Reason, metInTerm.Reason));
        Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureBreachOnRecord([], MeetBy.AddDays(5)));
    }
}
