using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 349(3) under a deferral, worked by hand: penalties on a demand to the guarantor "for the period of not exceeding
/// three months from the day following the date of expiry of the time limit prescribed for the fulfilment of the obligations
/// secured by a bank or other guarantee"; a deferral (333(1)) gives each part its own term, so each part's three months run
/// from the day after that part's term, not from the first term of 329(1).
/// </summary>
public sealed class GuarantorDeferralTermTests
{
    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);

    // 60,000.00 due 20.04.2011, all deferred: 30,000.00 to 20.05.2011 and 30,000.00 to 20.06.2011; nothing paid.
    private static readonly Obligation Deferred = new("d-1", new DateOnly(2011, 4, 20), 60_000m, 0, 0, 0, null)
    {
        Deferred = [new DeferredPart(new DateOnly(2011, 5, 20), 30_000m), new DeferredPart(new DateOnly(2011, 6, 20), 30_000m)],
    };

    [Fact]
    public void Each_deferred_part_bears_the_guarantors_penalties_for_three_months_after_its_own_term()
    {
        // Part 1: 21.05-20.08.2011, 92 days at 8.25%: 30,000 x 8.25% / 300 x 92 = 759.00.
        // Part 2: 21.06-20.09.2011, 92 days at 8.25%: 759.00. A demand of 10.10.2011 asks 1,518.00.
        Assert.Equal(1_518.00m, GuaranteeCallRules.GuarantorPenalties(Deferred, new DateOnly(2011, 10, 10), Penalties));
        Assert.Equal(new DateOnly(2011, 9, 20), GuaranteeCallRules.LastGuarantorDay(Deferred, new DateOnly(2011, 10, 10)));
    }

    [Fact]
    public void The_secured_obligations_term_is_the_first_part_unpaid_and_a_part_not_yet_due_bears_nothing()
    {
        // 10.06.2011: only part 1 is past its term: 21.05-10.06, 21 days x 8.25 = 173.25; part 2 is due on 20.06.
        Assert.Equal(new DateOnly(2011, 5, 20), GuaranteeCallRules.SecuredTerm(Deferred));
        Assert.Equal(173.25m, GuaranteeCallRules.GuarantorPenalties(Deferred, new DateOnly(2011, 6, 10), Penalties));
        // Part 1 paid: the secured term is part 2's.
        Assert.Equal(new DateOnly(2011, 6, 20), GuaranteeCallRules.SecuredTerm(Deferred with { PaidRub = 30_000m }));
    }

    [Fact]
    public void Without_a_deferral_the_three_months_run_from_the_first_term_as_before()
    {
        var plain = Deferred with { Deferred = [] };

        Assert.Equal((new DateOnly(2011, 4, 20), new DateOnly(2011, 7, 20)),
            (GuaranteeCallRules.SecuredTerm(plain), GuaranteeCallRules.LastGuarantorDay(plain, new DateOnly(2011, 10, 10))));
    }
}
