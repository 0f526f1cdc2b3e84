using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// How much of a security one declaration may take (Arts. 337(2), 338(1)), checked when the reservation is made against
/// what Payments assessed for the declaration.
/// </summary>
public static class ReservationRules
{
    /// <summary>
    /// What a security of the declaration secures: the duties and taxes unpaid, the interest of a deferral (336) charged and
    /// unpaid with the rest expected to the deferral's last term (338(1): "the sums of dutiable payments and the interests
    /// payable"), and the penalties charged and unpaid (337(2) counts "customs duties, taxes, penalty fees, and interests
    /// due", as the deferral's security and a demand to the guarantor do).
    /// </summary>
    public static decimal PayableRub(Obligation obligation, InterestCalculator interest)
    {
        // The interest not charged yet runs at most to the deferral's last term (none without a deferral).
        var expectedInterest = obligation.InterestTo(DateOnly.MaxValue, interest).AmountRub;
        return obligation.OutstandingRub + obligation.InterestOutstandingRub + expectedInterest + obligation.PenaltyOutstandingRub;
    }

    /// <summary>
    /// Art. 338(1): "The security amount may not exceed the above sums of dutiable payments": what the declaration's
    /// reservations hold (<paramref name="heldRub"/>, of every security) and this one together not above
    /// <paramref name="payableRub"/>. Art. 337(2): none "if the amount of customs duties, taxes, penalty fees, and interests
    /// due to be paid is below 20,000.00 roubles" (<paramref name="requiredFromRub"/>, in force on the day): refused for a
    /// security of operations; a broker's, carrier's or warehouse owner's security is required by Art. 339(1) for its
    /// activity whatever one operation owes, so it may secure a small one.
    /// </summary>
    public static void EnsureAmount(SecurityPurpose purpose, decimal payableRub, decimal heldRub, decimal amountRub, decimal requiredFromRub)
    {
        if ((purpose is SecurityPurpose.Operations or SecurityPurpose.Unspecified) && !SecurityRules.IsRequired(payableRub, requiredFromRub))
        {
            throw new RuleViolationException(PaymentErrors.SecurityNotRequired,
                $"The declaration owes {payableRub:0.00} RUB of duties, taxes, penalties and interest, less than {requiredFromRub:0.00} RUB: no security is required.",
                "Art. 337(2)");
        }

        if (heldRub + amountRub > payableRub)
        {
            throw new RuleViolationException(PaymentErrors.SecurityAbovePayable,
                $"The declaration owes {payableRub:0.00} RUB and {heldRub:0.00} RUB of it is secured already: at most {Math.Max(0m, payableRub - heldRub):0.00} RUB more may be reserved.",
                "Art. 338(1)");
        }
    }
}
