using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Deferrals;

/// <summary>Arts. 333-337: when a deferral or instalments may be asked for, how the decision is taken and what it grants.</summary>
public sealed class DeferralRules(InterestCalculator interest, PenaltyCalculator penalties, WorkingCalendars calendars)
{
    /// <summary>Art. 333(5): the decision "within the time not exceeding 15 days from the day of submission".</summary>
    public const int DecisionTermDays = 15;

    /// <summary>Art. 333(6): "for a period from one to six months".</summary>
    public const int MinMonths = 1;

    public const int MaxMonths = 6;

    /// <summary>Art. 337(2): no security "if the amount of customs duties, taxes, penalty fees, and interests ... is below 20,000.00 roubles".</summary>
    public const decimal SecurityThresholdRub = 20_000m;

    /// <summary>Art. 335(2): the written notification "within three working days".</summary>
    public const int RescissionNoticeWorkingDays = 3;

    public static DateOnly DecideBy(DateOnly submittedOn) => submittedOn.AddDays(DecisionTermDays);

    /// <summary>
    /// The request, for what the declaration owes now or, Art. 333(4), "part thereof" (<paramref name="partRub"/>; one
    /// category of payments is not built: the obligation keeps no category's own payments).
    /// </summary>
    public DeferralRequest Request(
        Obligation obligation, string reference, string payer, DeferralKind kind, DeferralGround ground, int months, DateOnly submittedOn,
        decimal? partRub = null)
    {
        if (obligation.OutstandingRub == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed,
                $"Declaration {obligation.DeclarationId} owes no duties or taxes to defer.", "Art. 333(1)");
        }

        if (partRub > obligation.OutstandingRub)
        {
            throw new RuleViolationException(PaymentErrors.DeferralExceedsOutstanding,
                $"Declaration {obligation.DeclarationId} owes {obligation.OutstandingRub:0.00} RUB; {partRub:0.00} RUB cannot be deferred.", "Art. 333(4)");
        }

        return new DeferralRequest(reference, obligation.DeclarationId, payer, kind, ground, months, partRub ?? obligation.OutstandingRub, submittedOn,
            DecideBy(submittedOn)) { PartAsked = partRub is not null };
    }

    /// <summary>Art. 335(1): refused only for prosecution for a customs crime or insolvency proceedings, with the reason written (333(7)).</summary>
    public static DeferralDecision Refuse(DeferralRequest request, DateOnly decidedOn, DeferralRefusalGround ground) =>
        new(DeferralStatus.Refused, decidedOn, decidedOn > request.DecideBy, ground, RefusalReason(ground),
            null, null, 0, 0, false, 0, "", []);

    /// <summary>
    /// Grants the term: the period runs from the day after the term of payment, or after the decision when that is later
    /// (Art. 349(2): penalties run "until the day when the customs authorities resolve to approve a deferment", and are
    /// charged to that day here); interest at the refinancing rate of the period on each part until its day (Art. 336(1)).
    /// </summary>
    /// <param name="securityWaived">An officer waived the declaration's security (Art. 337(2): "good reasons to believe that the commitments ... shall be fulfilled").</param>
    public DeferralDecision Approve(DeferralRequest request, Obligation obligation, DateOnly decidedOn, string securityReference, bool securityWaived = false)
    {
        // What is still owed on the day of the decision: a payment since the request lessens it (a part asked for stays whole
        // while the rest covers the payment: payments meet the part not deferred first).
        var amount = Math.Min(request.AmountRub, obligation.OutstandingRub);
        if (amount == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes no duties or taxes to defer now.", "Art. 333(1)");
        }

        var start = decidedOn > obligation.DueDate ? decidedOn : obligation.DueDate;
        var parts = request.Kind == DeferralKind.Instalments ? request.Months : 1;
        var share = decimal.Round(amount / parts, 2, MidpointRounding.ToZero);
        var schedule = new List<Instalment>();
        for (var number = 1; number <= parts; number++)
        {
            // Monthly parts; the last one takes what rounding the equal shares down left.
            var due = start.AddMonths(request.Kind == DeferralKind.Instalments ? number : request.Months);
            var principal = number == parts ? amount - share * (parts - 1) : share;
            var owed = interest.Calculate(principal, start.AddDays(1), due,
                $"Art. 336(1): interest on the part deferred, each day from {start.AddDays(1):yyyy-MM-dd} to its day of payment {due:yyyy-MM-dd}",
                CustomsCode.Article("Art. 336(1)").ToString());
            schedule.Add(new Instalment(number, due, principal, owed.AmountRub, owed.Parts));
        }

        var totalInterest = schedule.Sum(i => i.InterestRub);
        var penalty = obligation.PenaltyTo(decidedOn, penalties);
        // Art. 337(2): duties, penalties and interest of 20,000 roubles or more need a security (Art. 333(5), 337(1)[1]),
        // unless an officer waived it.
        var secured = amount + totalInterest + obligation.PenaltyOutstandingRub + penalty.AmountRub;
        var required = secured >= SecurityThresholdRub && !securityWaived;
        if (required && securityReference.Length == 0)
        {
            throw new RuleViolationException(PaymentErrors.SecurityRequired,
                $"{secured:0.00} RUB of duties, penalties and interest need a security before the deferral is granted.", "Arts. 333(5), 337(1)[1], 337(2)");
        }

        return new DeferralDecision(DeferralStatus.Approved, decidedOn, decidedOn > request.DecideBy, DeferralRefusalGround.Unspecified, "",
            obligation.DueDate, schedule[^1].DueOn, totalInterest, penalty.AmountRub, required, required ? secured : 0,
            required ? securityReference : "", schedule);
    }

    /// <summary>
    /// Art. 335(2): a resolution "passed ... under said circumstances, ought to be rescinded with a written notification of the
    /// person who applied ... within three working days" (read here: the notice within three working days of the rescission).
    /// The interest is charged to the day of rescission; the deferred parts not yet due fall due on it, so their penalty
    /// runs from the next day (Art. 349(2)); a part already past its term keeps its term and its penalty.
    /// </summary>
    public (Obligation After, DeferralRescission Rescission) Rescind(
        DeferralDecision granted, Obligation obligation, DateOnly rescindedOn, DeferralRefusalGround ground)
    {
        if (granted.Outcome != DeferralStatus.Approved)
        {
            throw new RuleViolationException(PaymentErrors.DeferralNotInForce, $"The request was {granted.Outcome.ToString().ToLowerInvariant()}: no deferral to rescind.", "Art. 335(2)");
        }

        if (rescindedOn < granted.DecidedOn || rescindedOn >= granted.NewDueDate)
        {
            throw new RuleViolationException(PaymentErrors.DeferralNotInForce,
                $"The deferral runs from {granted.DecidedOn:yyyy-MM-dd} to its last term {granted.NewDueDate:yyyy-MM-dd}: a rescission on {rescindedOn:yyyy-MM-dd} ends nothing.", "Art. 335(2)");
        }

        var reason = RefusalReason(ground).Replace("Art. 335(1)", "Art. 335(2), (1)", StringComparison.Ordinal);
        var after = obligation.EndDeferral(rescindedOn, interest);
        var notice = calendars.Russia.Term(rescindedOn, RescissionNoticeWorkingDays);
        return (after, new DeferralRescission(rescindedOn, ground, reason, notice.End, notice.IsProvisional, after.InterestRub - obligation.InterestRub,
            after.ArrearsOn(rescindedOn.AddDays(1)) - obligation.ArrearsOn(rescindedOn.AddDays(1))));
    }

    private static string RefusalReason(DeferralRefusalGround ground) => ground switch
    {
        DeferralRefusalGround.CustomsCrimeProsecution => "Art. 335(1)[1]: the applicant is prosecuted for a crime associated with breach of the customs legislation",
        DeferralRefusalGround.InsolvencyProceedings => "Art. 335(1)[2]: the applicant is sued for insolvency",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Art. 333(3): a refusal is based exclusively on Art. 335."),
    };
}
