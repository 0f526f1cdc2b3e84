using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>Arts. 355-356: what may be returned, on a request made when, by when, and the interest for a late refund.</summary>
public sealed class RefundRules(InterestCalculator interest, PenaltyCalculator penalties)
{
    /// <summary>Art. 355(2): the request "within three years following the date of their disbursement or collection".</summary>
    public const int ExcessWithinYears = 3;

    /// <summary>Art. 356(2): "within one year from the day following the date of occurrence of the circumstances".</summary>
    public const int OtherWithinYears = 1;

    /// <summary>Art. 355(9): none "if the amount of refundable dutiable payments is less than 150 roubles", but for natural persons.</summary>
    public const decimal MinimumRub = 150m;

    /// <summary>Art. 355(3): the notice of an overpayment "within one month's time from the day of discovery".</summary>
    public static OverpaymentNotice Notice(Obligation obligation, DateOnly discoveredOn, DateOnly notifiedOn)
    {
        var excess = obligation.PaidRub - obligation.AssessedRub;
        return excess > 0
            ? new OverpaymentNotice(obligation.DeclarationId, excess, discoveredOn, notifiedOn, discoveredOn.AddMonths(1))
            : throw new RuleViolationException(PaymentErrors.NotOverpaid, $"Declaration {obligation.DeclarationId} has nothing paid in excess.", "Art. 355(1)");
    }

    /// <summary>
    /// Takes the request: in time (355(2), 356(2)), not under 150 roubles but from a natural person (355(9)), within what the
    /// declaration has in excess (355) or has paid (356); the refund is due a month after the request is complete (355(4)).
    /// </summary>
    public static RefundRequest Request(
        Obligation obligation, string reference, string payer, RefundGround ground, decimal amountRub, DateOnly paidOn, DateOnly submittedOn,
        DateOnly completeOn, bool naturalPerson)
    {
        var excess = ground is RefundGround.Overpaid or RefundGround.OverCollected;
        var lastDay = excess ? paidOn.AddYears(ExcessWithinYears) : paidOn.AddYears(OtherWithinYears);
        if (submittedOn > lastDay)
        {
            throw new RuleViolationException(PaymentErrors.RefundTimeBarred,
                $"The request was due by {lastDay:yyyy-MM-dd}.", excess ? "Arts. 355(2), 355(9)" : "Art. 356(2)");
        }

        if (amountRub < MinimumRub && !naturalPerson)
        {
            throw new RuleViolationException(PaymentErrors.BelowRefundMinimum, "Under 150 roubles are refunded to natural persons only.", "Art. 355(9)");
        }

        var available = excess ? obligation.PaidRub - obligation.AssessedRub : obligation.PaidRub;
        if (amountRub > available)
        {
            throw new RuleViolationException(PaymentErrors.NotOverpaid,
                $"Declaration {obligation.DeclarationId} has {Math.Max(0, available):0.00} RUB to return on this ground.", excess ? "Art. 355(1)" : "Art. 356(1)");
        }

        return new RefundRequest(reference, obligation.DeclarationId, payer, ground, amountRub, paidOn, submittedOn, completeOn, naturalPerson, completeOn.AddMonths(1));
    }

    /// <summary>
    /// The declaration once the request's amount is returned: under Art. 355 the excess leaves what was paid, with the
    /// penalties and interest charged on it (355(7), <see cref="Obligation.ReturnExcess"/>); under Art. 356 the duties
    /// themselves are no longer owed, and "the provisions stipulated by Item 7 of Article 355 ... shall not apply" (356(2)).
    /// </summary>
    public static (Obligation Returned, decimal PenaltiesRub, decimal InterestRub) Return(RefundRequest request, Obligation source) => request.IsExcess
        ? source.ReturnExcess(request.AmountRub)
        : (source.WithAssessedLowered(request.AmountRub) with { PaidRub = source.PaidRub - request.AmountRub }, 0m, 0m);

    /// <summary>
    /// Decides the refund: first against the arrears of <paramref name="offsetAgainst"/> (355(8) on the payer's request,
    /// 355(9) on customs' own, the payer told "within three days"), the rest paid out; each day after the month of 355(4)
    /// to the day of the refund, that day included (the refund is made during it), bears interest at the refinancing rate.
    /// </summary>
    public RefundDecision Decide(RefundRequest request, DateOnly decidedOn, DateOnly refundedOn, Obligation? offsetAgainst)
    {
        // The arrears as of the decision: duties, penalties charged and unpaid, and the penalty to that day (Art. 349(2)).
        var owed = offsetAgainst is null ? 0
            : offsetAgainst.OutstandingRub + offsetAgainst.PenaltyOutstandingRub + offsetAgainst.PenaltyTo(decidedOn, penalties).AmountRub;
        var offset = Math.Min(request.AmountRub, owed);
        var refund = request.AmountRub - offset;
        var late = refund > 0 && refundedOn > request.RefundBy
            ? interest.Calculate(refund, request.RefundBy.AddDays(1), refundedOn,
                $"Art. 355(4): each day of delay after the month from the complete request ({request.CompleteOn:yyyy-MM-dd}) to the refund",
                CustomsCode.Article("Art. 355(4)").ToString())
            : Interest.Interest.None;
        return new RefundDecision(decidedOn, refundedOn, offsetAgainst?.DeclarationId ?? "", offset, offset > 0 ? decidedOn.AddDays(3) : null, refund, late);
    }
}
