using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.BuildingBlocks.Data;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// Calling a bank guarantee, surety or insurance contract: a demand to the guarantor (Arts. 342(3), 346, 347) whose
/// penalties are "charged for the period of not exceeding three months from the day following the date of expiry of the
/// time limit prescribed for the fulfilment of the obligations secured by a bank or other guarantee" (349(3)), and the
/// guarantor's payment applied to the obligation as any payment is, duties first (349(7)).
/// </summary>
public static class GuaranteeCallRules
{
    /// <summary>The methods called by a demand to a guarantor; a cash deposit pays itself (345(3)), a pledge is recovered from (341(3)).</summary>
    public static bool IsCalledByDemand(SecurityMethod method) => method is SecurityMethod.BankGuarantee or SecurityMethod.Surety or SecurityMethod.Insurance;

    /// <summary>
    /// Art. 350(4): "not less than ten and not more than twenty working days beginning from the date of receipt"; 350(5):
    /// handed against a receipt it is received that day, by registered mail "after six days following its dispatch".
    /// </summary>
    public static GuarantorDemandTerm Term(DateOnly dispatchedOn, DemandDelivery delivery, int workingDaysToMeet, WorkingCalendar russia)
    {
        if (delivery == DemandDelivery.Unspecified)
        {
            throw new RequestValidationException([new("delivery", "is required: handed or registered mail (Art. 350(5))")]);
        }

        if (workingDaysToMeet is < 10 or > 20)
        {
            throw new RequestValidationException([new("working_days_to_meet", "must be 10 to 20 working days (Art. 350(4))")]);
        }

        var received = delivery == DemandDelivery.RegisteredMail ? dispatchedOn.AddDays(DemandRules.RegisteredMailDays) : dispatchedOn;
        var term = russia.Term(received, workingDaysToMeet);
        return new GuarantorDemandTerm(delivery, received, term.End, term.IsProvisional);
    }

    public static GuarantorDemand Demand(
        Guid id, string reference, Security security, Reservation reservation, Obligation obligation, DateOnly dispatchedOn, DateTimeOffset now,
        PenaltyCalculator penalties, InterestCalculator interest)
    {
        if (!IsCalledByDemand(security.Method))
        {
            throw NotCalledByDemand(security.Method);
        }

        if (reservation.Status != ReservationStatus.Reserved)
        {
            throw new RuleViolationException(PaymentErrors.ReservationEnded, $"The reservation was {EnumCodes.Of(reservation.Status)} on {reservation.EndedOn:yyyy-MM-dd}.");
        }

        var securedTerm = SecuredTerm(obligation);
        if (dispatchedOn <= securedTerm)
        {
            throw new RuleViolationException(PaymentErrors.TermNotExpired,
                $"The secured obligation's term runs to {securedTerm:yyyy-MM-dd}: it is not breached yet.", "Art. 349(3)");
        }

        // The duties and taxes past their terms, and the interest of 336 charged to the day (336(3): paid as the duties are);
        // the demand charges the obligation nothing (the payer's penalty runs on, 349(2)).
        var charged = obligation.WithInterestTo(dispatchedOn, interest);
        var duties = charged.ArrearsOn(dispatchedOn);
        var penaltiesRub = GuarantorPenalties(obligation, dispatchedOn, penalties);
        var owed = duties + charged.InterestOutstandingRub + penaltiesRub;
        if (owed == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes nothing.", "Art. 349(3)");
        }

        var lastPenaltyDay = LastGuarantorDay(obligation, dispatchedOn);
        return new GuarantorDemand(id, reference, security.Id, reservation.OperationReference, reservation.DeclarationId, security.Guarantor, dispatchedOn,
            securedTerm, dispatchedOn < lastPenaltyDay ? dispatchedOn : lastPenaltyDay, duties, penaltiesRub,
            Math.Min(reservation.AmountRub, owed), 0m, GuarantorDemandStatus.Open, null, now) { InterestRub = charged.InterestOutstandingRub };
    }

    /// <summary>
    /// Applies a guarantor's payment to the secured obligation as any payment is applied (<see cref="Obligation.Pay"/>): the
    /// penalty and interest charged to <paramref name="paidOn"/>, then the duties whose term has come, the interest, the
    /// penalties (336(2), 349(7)). Of the penalties the guarantor pays only what its demand states (349(3): three months at
    /// most); the days after them are charged to the obligation and stay the payer's to pay (349(3) limits the guarantor, not
    /// the debt). What the obligation no longer owed of the guarantor is excess.
    /// </summary>
    public static (Obligation After, GuarantorPayment Payment) Pay(
        GuarantorDemand demand, Obligation obligation, string reference, decimal amountRub, DateOnly paidOn, PenaltyCalculator penalties,
        InterestCalculator interest)
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

        var charged = obligation.ChargedTo(paidOn, penalties, interest);
        var applied = Math.Min(amountRub, GuarantorOwes(demand, charged, paidOn));
        var (after, toPayments, toPenalties) = charged.Pay(applied, paidOn, penalties, interest);
        return (after, new GuarantorPayment(reference, demand.Id, amountRub, paidOn, toPayments, toPenalties)
        {
            ToInterestRub = after.InterestPaidRub - charged.InterestPaidRub,
        });
    }

    /// <summary>
    /// The demand after a payment: met once paid in full, or once the obligation owes nothing more the guarantor answers for
    /// (its payer paid meanwhile); the payer's own penalties for the days after the three months do not keep it open.
    /// </summary>
    public static GuarantorDemand After(GuarantorDemand demand, GuarantorPayment payment, Obligation obligation)
    {
        var paid = demand with { PaidRub = demand.PaidRub + payment.AmountRub, PenaltiesPaidRub = demand.PenaltiesPaidRub + payment.ToPenaltiesRub };
        return paid.StillAskedRub == 0 || GuarantorOwes(paid, obligation, payment.PaidOn) == 0
            ? paid with { Status = GuarantorDemandStatus.Met, MetOn = payment.PaidOn }
            : paid;
    }

    /// <summary>
    /// Art. 349(3): the penalties a demand lodged on <paramref name="day"/> asks of the guarantor, those "for the period of not
    /// exceeding three months from the day following the date of expiry of the time limit": the penalties charged and unpaid
    /// and those of the days not charged yet, up to the day or the end of the three months. Where the obligation was charged
    /// past the three months already (its payer paid later), the charged sum does not say which days it was for: the
    /// guarantor is asked the three months' penalty on what is unpaid now, at most the penalties unpaid.
    /// </summary>
    public static decimal GuarantorPenalties(Obligation obligation, DateOnly day, PenaltyCalculator penalties)
    {
        if (obligation.Deferred.Count > 0)
        {
            return GuarantorPenaltiesByTerms(obligation, day, penalties);
        }

        var last = LastGuarantorDay(obligation);
        if (obligation.PenaltySettledTo is { } settled && settled > last)
        {
            var window = (obligation with { PenaltySettledTo = null }).PenaltyTo(last, penalties).AmountRub;
            return Math.Min(obligation.PenaltyOutstandingRub, window);
        }

        return obligation.PenaltyOutstandingRub + obligation.PenaltyTo(day < last ? day : last, penalties).AmountRub;
    }

    /// <summary>Art. 349(3): three months from the day after the term, e.g. a term ending 30 April: to 31 July.</summary>
    public static DateOnly LastGuarantorDay(Obligation obligation) => LastDayAfter(obligation.DueDate);

    /// <summary>
    /// The last day penalties run for the guarantor on a demand of <paramref name="day"/>: under a deferral, the latest of the
    /// three months of each part unpaid after its own term (349(3)); otherwise three months after the term.
    /// </summary>
    public static DateOnly LastGuarantorDay(Obligation obligation, DateOnly day) => obligation.Deferred.Count == 0
        ? LastGuarantorDay(obligation)
        : obligation.TermsWithUnpaid().Where(t => t.UnpaidRub > 0 && t.Term.DueOn < day).Select(t => LastDayAfter(t.Term.DueOn))
            .DefaultIfEmpty(LastGuarantorDay(obligation)).Max();

    /// <summary>
    /// Art. 349(3): "the time limit prescribed for the fulfilment of the obligations secured": the earliest term with something
    /// unpaid; under a deferral (337(1)[1]) a part's own term (333(1): the deferral moves the term of payment), not the first.
    /// </summary>
    public static DateOnly SecuredTerm(Obligation obligation) =>
        obligation.TermsWithUnpaid().Where(t => t.UnpaidRub > 0).Select(t => t.Term.DueOn).DefaultIfEmpty(obligation.DueDate).Min();

    private static DateOnly LastDayAfter(DateOnly term) => new PenaltyLimits { GuaranteedTermEndedOn = term }.LastGuarantorDay!.Value;

    /// <summary>
    /// Art. 349(3) under a deferral: each term's unpaid part bears the guarantor's penalties for at most three months from the
    /// day after its own term, to <paramref name="day"/>; the penalties charged and unpaid are asked as charged unless a term
    /// was charged past its three months (then, as without a deferral, the three months on what is unpaid now, at most those unpaid).
    /// </summary>
    private static decimal GuarantorPenaltiesByTerms(Obligation obligation, DateOnly day, PenaltyCalculator penalties)
    {
        var (uncharged, window, pastWindow) = (0m, 0m, false);
        foreach (var (term, unpaid) in obligation.TermsWithUnpaid().Where(t => t.UnpaidRub > 0 && t.Term.DueOn < day))
        {
            var limits = new PenaltyLimits { GuaranteedTermEndedOn = term.DueOn, TemporaryStorage = obligation.TemporaryStorage };
            var last = limits.LastGuarantorDay!.Value;
            var from = obligation.PenaltySettledTo is { } settled && settled > term.DueOn ? settled : term.DueOn;
            uncharged += penalties.Calculate(unpaid, from, day, limits).AmountRub;
            if (obligation.PenaltySettledTo is { } chargedTo && chargedTo > term.DueOn)
            {
                window += penalties.Calculate(unpaid, term.DueOn, chargedTo < last ? chargedTo : last, limits).AmountRub;
                pastWindow |= chargedTo > last;
            }
        }

        return (pastWindow ? Math.Min(obligation.PenaltyOutstandingRub, window) : obligation.PenaltyOutstandingRub) + uncharged;
    }

    /// <summary>What the guarantor still answers for of an obligation charged to <paramref name="on"/>: the duties whose term has come, the interest, and the penalties its demand states not yet paid.</summary>
    private static decimal GuarantorOwes(GuarantorDemand demand, Obligation charged, DateOnly on) =>
        charged.ArrearsOn(on.AddDays(1)) + charged.InterestOutstandingRub
        + Math.Min(Math.Max(0m, demand.PenaltiesRub - demand.PenaltiesPaidRub), charged.PenaltyOutstandingRub);

    public static RuleViolationException NotCalledByDemand(SecurityMethod method) => method == SecurityMethod.CashDeposit
        ? new(PaymentErrors.NotCalledByDemand, "A cash deposit pays the breached obligation itself: end the reservation as called.", "Art. 345(3)")
        : method == SecurityMethod.Pledge
            ? new(PaymentErrors.NotCalledByDemand, "A pledge is recovered from the pledged property, not called by a demand.", "Art. 341(3)")
            : new(PaymentErrors.CalledByDemand, "A bank guarantee, surety or insurance contract is called by a demand to its guarantor (CallGuarantee).", "Art. 349(3)");
}
