using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.BuildingBlocks.Data;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// Calling a bank guarantee, surety or insurance contract: a demand to the guarantor (Arts. 342(3), 346, 347) whose
/// penalties are "charged for the period of not exceeding three months from the day following the date of expiry of the
/// time limit prescribed for the fulfilment of the obligations secured by a bank or other guarantee" (349(3)), and the
/// guarantor's payment applied to the obligation, duties first (349(7)).
/// </summary>
public static class GuaranteeCallRules
{
    /// <summary>The methods called by a demand to a guarantor; a cash deposit pays itself (345(3)), a pledge is recovered from (341(3)).</summary>
    public static bool IsCalledByDemand(SecurityMethod method) => method is SecurityMethod.BankGuarantee or SecurityMethod.Surety or SecurityMethod.Insurance;

    public static GuarantorDemand Demand(
        Guid id, string reference, Security security, Reservation reservation, Obligation obligation, DateOnly dispatchedOn, DateTimeOffset now,
        PenaltyCalculator penalties)
    {
        if (!IsCalledByDemand(security.Method))
        {
            throw NotCalledByDemand(security.Method);
        }

        if (reservation.Status != ReservationStatus.Reserved)
        {
            throw new RuleViolationException(PaymentErrors.ReservationEnded, $"The reservation was {EnumCodes.Of(reservation.Status)} on {reservation.EndedOn:yyyy-MM-dd}.");
        }

        if (dispatchedOn <= obligation.DueDate)
        {
            throw new RuleViolationException(PaymentErrors.TermNotExpired,
                $"The secured obligation's term runs to {obligation.DueDate:yyyy-MM-dd}: it is not breached yet.", "Art. 349(3)");
        }

        var penalty = GuarantorPenalty(obligation, dispatchedOn, penalties);
        var penaltiesRub = obligation.PenaltyOutstandingRub + penalty.AmountRub;
        var owed = obligation.OutstandingRub + penaltiesRub;
        if (owed == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes nothing.", "Art. 349(3)");
        }

        var lastPenaltyDay = LimitsFor(obligation).LastGuarantorDay!.Value;
        return new GuarantorDemand(id, reference, security.Id, reservation.OperationReference, reservation.DeclarationId, security.Guarantor, dispatchedOn,
            obligation.DueDate, dispatchedOn < lastPenaltyDay ? dispatchedOn : lastPenaltyDay, obligation.OutstandingRub, penaltiesRub,
            Math.Min(reservation.AmountRub, owed), 0m, GuarantorDemandStatus.Open, null, now);
    }

    /// <summary>
    /// Applies a guarantor's payment to the secured obligation: penalties charged to <paramref name="paidOn"/> within 349(3)
    /// (the days after the three months are counted, not charged), then duties first and penalties after (349(7)).
    /// </summary>
    public static (Obligation After, GuarantorPayment Payment) Pay(
        GuarantorDemand demand, Obligation obligation, string reference, decimal amountRub, DateOnly paidOn, PenaltyCalculator penalties)
    {
        if (demand.Status != GuarantorDemandStatus.Open)
        {
            throw new RuleViolationException(PaymentErrors.GuarantorDemandMet, $"The demand was met on {demand.MetOn:yyyy-MM-dd}.", "Art. 349(3)");
        }

        if (amountRub > demand.StillAskedRub)
        {
            throw new RuleViolationException(PaymentErrors.GuarantorPaymentExceedsDemand,
                $"The demand still asks {demand.StillAskedRub:0.00} RUB of the guarantor.", "Art. 349(3)");
        }

        if (paidOn < demand.DispatchedOn)
        {
            throw new RequestValidationException([new("paid_on", $"cannot be before the demand was dispatched ({demand.DispatchedOn:yyyy-MM-dd})")]);
        }

        var penalty = GuarantorPenalty(obligation, paidOn, penalties);
        var charged = penalty.LastDay is null ? obligation : obligation with { PenaltyRub = obligation.PenaltyRub + penalty.AmountRub, PenaltySettledTo = penalty.LastDay };
        var toPayments = Math.Min(amountRub, charged.OutstandingRub);
        var toPenalties = Math.Min(amountRub - toPayments, charged.PenaltyOutstandingRub);
        var after = charged with { PaidRub = charged.PaidRub + toPayments, PenaltyPaidRub = charged.PenaltyPaidRub + toPenalties };
        return (after, new GuarantorPayment(reference, demand.Id, amountRub, paidOn, toPayments, toPenalties));
    }

    /// <summary>The demand after a payment: met once paid in full or once the obligation owes nothing more.</summary>
    public static GuarantorDemand After(GuarantorDemand demand, GuarantorPayment payment, Obligation obligation)
    {
        var paid = demand with { PaidRub = demand.PaidRub + payment.AmountRub };
        return paid.StillAskedRub == 0 || obligation.Settled ? paid with { Status = GuarantorDemandStatus.Met, MetOn = payment.PaidOn } : paid;
    }

    /// <summary>The penalty not yet charged, to <paramref name="to"/>, as a guarantor is charged it (349(3); 349(5) storage days out).</summary>
    public static Penalty GuarantorPenalty(Obligation obligation, DateOnly to, PenaltyCalculator penalties)
    {
        var from = obligation.PenaltySettledTo is { } settled && settled > obligation.DueDate ? settled : obligation.DueDate;
        return penalties.Calculate(obligation.OutstandingRub, from, to, LimitsFor(obligation));
    }

    public static RuleViolationException NotCalledByDemand(SecurityMethod method) => method == SecurityMethod.CashDeposit
        ? new(PaymentErrors.NotCalledByDemand, "A cash deposit pays the breached obligation itself: end the reservation as called.", "Art. 345(3)")
        : method == SecurityMethod.Pledge
            ? new(PaymentErrors.NotCalledByDemand, "A pledge is recovered from the pledged property, not called by a demand.", "Art. 341(3)")
            : new(PaymentErrors.CalledByDemand, "A bank guarantee, surety or insurance contract is called by a demand to its guarantor (CallGuarantee).", "Art. 349(3)");

    private static PenaltyLimits LimitsFor(Obligation obligation) =>
        new() { GuaranteedTermEndedOn = obligation.DueDate, TemporaryStorage = obligation.TemporaryStorage };
}
