using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>When a whole security may end, and what a cash deposit pays back (Arts. 337(5), 345(4), 357).</summary>
public static class ReleaseRules
{
    /// <summary>
    /// Art. 337(5): the security ends "after the customs office has verified the fulfilment of the secured obligations or upon
    /// termination of the activities" it secured, so none of its reservations may still be held; a cash deposit is not released
    /// but refunded "as per" Art. 357 or, "upon the payer's request", retained for future payments (345(4)).
    /// <paramref name="fulfilledOn"/> is the day its last obligation ended; <paramref name="arrearsRub"/> the payer's arrears.
    /// </summary>
    public static SecurityRelease Decide(
        Security security, string reference, SecurityDisposition disposition, DateOnly releasedOn, DateOnly fulfilledOn, decimal arrearsRub)
    {
        if (!security.InForce)
        {
            throw new RuleViolationException(PaymentErrors.SecurityNotInForce, "The security was released or refunded already.", "Art. 337(5)");
        }

        var cash = security.Method == SecurityMethod.CashDeposit;
        if (cash == (disposition == SecurityDisposition.Released))
        {
            throw new RuleViolationException(PaymentErrors.DispositionNotForMethod, cash
                ? "A cash deposit is refunded or kept for future payments, not released."
                : "Only a cash deposit is refunded or kept; this security is released.", cash ? "Art. 345(4)" : "Art. 337(5)");
        }

        if (security.ReservedRub > 0)
        {
            throw new RuleViolationException(PaymentErrors.SecurityStillHeld,
                $"{security.ReservedRub:0.00} RUB of the security still secures operations not yet ended.", "Art. 337(5)");
        }

        if (disposition != SecurityDisposition.Refunded)
        {
            return new SecurityRelease(reference, security.Id, disposition, releasedOn, 0m, 0m);
        }

        // What was called paid the budget (345(3)); the rest of the deposit is what can go back.
        var refund = SecurityRules.RefundCashDeposit(security.AmountRub - security.CalledRub, 0m, arrearsRub, fulfilledOn, releasedOn);
        if (refund.RefundRub == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingToRefund, refund.KeptForArrearsRub > 0
                ? $"The payer's arrears of {arrearsRub:0.00} RUB take the whole deposit left ({refund.KeptForArrearsRub:0.00} RUB)."
                : "The whole deposit was called.", "Art. 357(5)");
        }

        return new SecurityRelease(reference, security.Id, disposition, releasedOn, refund.RefundRub, refund.KeptForArrearsRub);
    }
}
