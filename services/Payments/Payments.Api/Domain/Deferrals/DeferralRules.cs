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
    /// The request, for what the declaration owes now or, Art. 333(4), "with regard to one or several categories of customs
    /// duties and taxes, as well as to the total dutiable amounts or part thereof": <paramref name="categories"/> (none: all
    /// of what is owed, as one amount) and <paramref name="partRub"/> (a part of what they owe; null for all of it).
    /// </summary>
    public DeferralRequest Request(
        Obligation obligation, string reference, string payer, DeferralKind kind, DeferralGround ground, int months, DateOnly submittedOn,
        decimal? partRub = null, IReadOnlyList<PaymentCategory>? categories = null)
    {
        if (categories is { Count: > 0 })
        {
            return RequestOfCategories(obligation, reference, payer, kind, ground, months, submittedOn, partRub, categories);
        }

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

    /// <summary>Art. 333(4): each category named owes something, and the part asked is not more than they owe together.</summary>
    private static DeferralRequest RequestOfCategories(
        Obligation obligation, string reference, string payer, DeferralKind kind, DeferralGround ground, int months, DateOnly submittedOn,
        decimal? partRub, IReadOnlyList<PaymentCategory> categories)
    {
        var owed = obligation.CategoryBalances().ToDictionary(b => b.Category, b => Math.Max(0, b.OutstandingRub));
        var violations = new List<FieldViolation>();
        for (var i = 0; i < categories.Count; i++)
        {
            var category = categories[i];
            if (!PaymentCategories.Deferrable(category))
            {
                violations.Add(new($"categories[{i}]", "is not a category of customs duties and taxes that may be deferred (Art. 333(1), (4): duties, excise, VAT)"));
            }
            else if (categories.Take(i).Contains(category))
            {
                violations.Add(new($"categories[{i}]", "is named twice"));
            }
            else if (owed.GetValueOrDefault(category) == 0)
            {
                violations.Add(new($"categories[{i}]", "the declaration owes nothing of this category to defer (Art. 333(4))"));
            }
        }

        var named = categories.Distinct().Sum(c => owed.GetValueOrDefault(c));
        if (violations.Count == 0 && partRub > named)
        {
            violations.Add(new("amount", $"is more than the categories named owe ({named:0.00} RUB, Art. 333(4))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        return new DeferralRequest(reference, obligation.DeclarationId, payer, kind, ground, months, partRub ?? named, submittedOn, DecideBy(submittedOn))
        {
            PartAsked = partRub is not null, Categories = [.. categories.OrderBy(c => PaymentCategories.Rank(c))],
        };
    }

    /// <summary>
    /// What each category named defers of <paramref name="amountRub"/>: taken from them in the order duty, excise, VAT, each up
    /// to what it owes (Art. 333(4) leaves the split of a part to the decision: the rule is written in the README); one share
    /// of the whole amount without a category named.
    /// </summary>
    public static IReadOnlyList<(PaymentCategory? Category, decimal AmountRub)> Shares(DeferralRequest request, Obligation obligation)
    {
        if (request.Categories.Count == 0)
        {
            return [(null, Math.Min(request.AmountRub, obligation.OutstandingRub))];
        }

        var owed = obligation.CategoryBalances().ToDictionary(b => b.Category, b => Math.Max(0, b.OutstandingRub));
        var left = request.AmountRub;
        var shares = new List<(PaymentCategory?, decimal)>();
        foreach (var category in request.Categories.OrderBy(c => PaymentCategories.Rank(c)))
        {
            var share = Math.Min(left, owed.GetValueOrDefault(category));
            if (share > 0)
            {
                shares.Add((category, share));
            }

            left -= share;
        }

        return shares;
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
        // while the rest covers the payment: payments meet the part not deferred first). Art. 333(4): of the categories named only.
        var shares = Shares(request, obligation);
        var amount = shares.Sum(s => s.AmountRub);
        if (amount == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} owes no duties or taxes to defer now.", "Art. 333(1)");
        }

        var start = decidedOn > obligation.DueDate ? decidedOn : obligation.DueDate;
        var parts = request.Kind == DeferralKind.Instalments ? request.Months : 1;
        var schedule = new List<Instalment>();
        foreach (var (category, shareRub) in shares)
        {
            var share = decimal.Round(shareRub / parts, 2, MidpointRounding.ToZero);
            for (var number = 1; number <= parts; number++)
            {
                // Monthly parts; the last one takes what rounding the equal shares down left.
                var due = start.AddMonths(request.Kind == DeferralKind.Instalments ? number : request.Months);
                var principal = number == parts ? shareRub - share * (parts - 1) : share;
                var owed = interest.Calculate(principal, start.AddDays(1), due, category is null
                        ? $"Art. 336(1): interest on the part deferred, each day from {start.AddDays(1):yyyy-MM-dd} to its day of payment {due:yyyy-MM-dd}"
                        : $"Arts. 333(4), 336(1): interest on the part of {PaymentCategories.Written(category)} deferred, each day from {start.AddDays(1):yyyy-MM-dd} to its day of payment {due:yyyy-MM-dd}",
                    CustomsCode.Article(category is null ? "Art. 336(1)" : "Arts. 333(4), 336(1)").ToString());
                schedule.Add(new Instalment(number, due, principal, owed.AmountRub, owed.Parts) { Category = category });
            }
        }

        schedule = [.. schedule.OrderBy(i => i.Number).ThenBy(i => PaymentCategories.Rank(i.Category))];
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
