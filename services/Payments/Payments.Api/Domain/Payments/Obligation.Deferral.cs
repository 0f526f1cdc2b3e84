using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// An obligation under a deferral or instalments (Arts. 333-336). What is not deferred keeps the term of Art. 329
/// (<see cref="Obligation.DueDate"/>; Art. 333(4) defers "the total dutiable amounts or part thereof"); each deferred part
/// has its own term. Payments meet the earliest term first. A part bears interest at the refinancing rate of each day
/// from the day after the period starts until its term (336(1)); unpaid after its term it is arrears and bears the penalty
/// of 349(2) from the next day, as the whole amount would have. Interest is charged up to <see cref="InterestSettledTo"/>
/// (stored, so no day is charged twice), as penalties are.
/// </summary>
public sealed partial record Obligation
{
    /// <summary>The deferred parts in the order of their terms; empty without a deferral.</summary>
    public IReadOnlyList<DeferredPart> Deferred { get; init; } = [];

    /// <summary>Art. 336: interest charged, and paid.</summary>
    public decimal InterestRub { get; init; }

    public decimal InterestPaidRub { get; init; }

    /// <summary>The last day interest is charged to; the day the deferral's period starts after, when none is charged yet.</summary>
    public DateOnly? InterestSettledTo { get; init; }

    public decimal InterestOutstandingRub => InterestRub - InterestPaidRub;

    /// <summary>Every term with its amount in the order payments meet them: the part not deferred, then the deferred parts.</summary>
    public IReadOnlyList<DeferredPart> Terms()
    {
        var left = AssessedRub;
        var terms = new List<DeferredPart>(Deferred.Count + 1);
        // Art. 333(4): a part of a named category is at most what the category is assessed at; within a term the parts go
        // in the categories' order (PaymentCategories.Rank).
        var deferred = DeferredCappedByCategory();
        var notDeferred = Math.Max(0, AssessedRub - deferred.Sum(p => p.PrincipalRub));
        terms.Add(new DeferredPart(DueDate, notDeferred));
        left -= notDeferred;
        foreach (var part in deferred)
        {
            // A reassessment that lowered the duties below what was deferred takes the difference off the last parts.
            var principal = Math.Min(part.PrincipalRub, left);
            terms.Add(part with { PrincipalRub = principal });
            left -= principal;
        }

        return terms;
    }

    /// <summary>The term of the first part not paid in full (the last term when all are paid).</summary>
    public DateOnly NextDueDate
    {
        get
        {
            var terms = Terms();
            var cumulative = 0m;
            foreach (var term in terms)
            {
                cumulative += term.PrincipalRub;
                if (term.PrincipalRub > 0 && cumulative > PaidRub)
                {
                    return term.DueOn;
                }
            }

            return terms.Where(t => t.PrincipalRub > 0).Select(t => t.DueOn).DefaultIfEmpty(DueDate).Max();
        }
    }

    /// <summary>Duties and taxes in arrears on <paramref name="day"/>: the parts whose term ended before it, less what is paid.</summary>
    public decimal ArrearsOn(DateOnly day) => Math.Max(0, Terms().Where(t => t.DueOn < day).Sum(t => t.PrincipalRub) - PaidRub);

    /// <summary>Art. 349(2) across terms: each day's arrears are what was due before it and is unpaid.</summary>
    private Penalty PenaltyByTerms(DateOnly from, DateOnly on, PenaltyCalculator penalties, PenaltyLimits limits)
    {
        var parts = new List<PenaltyPart>();
        var first = from.AddDays(1);
        var start = first;
        var inArrears = false;
        // The arrears change the day after a term: each span ends on a term or on the day asked.
        foreach (var end in Terms().Select(t => t.DueOn).Where(d => d >= first && d < on).Distinct().Order().Append(on))
        {
            if (end >= start && ArrearsOn(start) is var arrears and > 0)
            {
                inArrears = true;
                parts.AddRange(penalties.Calculate(arrears, start.AddDays(-1), end, limits).Parts);
            }

            start = end.AddDays(1);
        }

        // As Art. 349(2) without a deferral: no day in arrears, no penalty and no day counted.
        return !inArrears
            ? new Penalty(0, null, null, [])
            : new Penalty(parts.Sum(p => p.AmountRub), first, on, parts);
    }

    /// <summary>
    /// Art. 336(1): the interest on the deferred parts not paid, for the days after <see cref="InterestSettledTo"/> up to
    /// <paramref name="on"/>, each part until its own term, at the refinancing rate in force on each day.
    /// </summary>
    public Interest.Interest InterestTo(DateOnly on, InterestCalculator interest)
    {
        if (Deferred.Count == 0 || InterestSettledTo is not { } settled)
        {
            return Interest.Interest.None;
        }

        var terms = Terms();
        var lastTerm = terms.Skip(1).Max(t => t.DueOn);
        var last = on < lastTerm ? on : lastTerm;
        if (last <= settled)
        {
            return Interest.Interest.None;
        }

        var unpaid = Unpaid(terms).Skip(1).ToList();
        var parts = new List<PenaltyPart>();
        // Art. 333(4), 336(1): the interest runs on each category deferred apart (and its trace names it); a part of the whole
        // amount (no category named) as one.
        foreach (var category in unpaid.Select(u => u.Category).Distinct().OrderBy(c => PaymentCategories.Rank(c)))
        {
            var own = unpaid.Where(u => u.Category == category).ToList();
            var start = settled.AddDays(1);
            foreach (var end in own.Select(t => t.DueOn).Where(d => d >= start && d < last).Distinct().Order().Append(last))
            {
                // A part bears interest up to its term, that day included; after it, the penalty.
                var accruing = own.Where(u => u.DueOn >= start).Sum(u => u.PrincipalRub);
                if (end >= start && accruing > 0)
                {
                    parts.AddRange(interest.Calculate(accruing, start, end, InterestRule(category, start, end),
                        CustomsCode.Article(category is null ? "Art. 336(1)" : "Arts. 333(4), 336(1)").ToString()).Parts);
                }

                start = end.AddDays(1);
            }
        }

        return new Interest.Interest(parts.Sum(p => p.AmountRub), settled.AddDays(1), last, parts);
    }

    private static string InterestRule(PaymentCategory? category, DateOnly start, DateOnly end) => category is null
        ? $"Art. 336(1): interest on the deferred duties and taxes unpaid, each day from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, each part until its term"
        : $"Arts. 333(4), 336(1): interest on the deferred {PaymentCategories.Written(category)} unpaid (that category only), each day from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, each part until its term";

    /// <summary>
    /// Art. 336(2): the interest "is repaid prior to or concurrently with the disbursement of the sum of the arrears ..., but not
    /// later than the day following the expiry date of the time limits approved for the deferral"; null without a deferral.
    /// </summary>
    public DateOnly? InterestDueBy => Deferred.Count == 0 ? null : Deferred.Max(p => p.DueOn).AddDays(1);

    /// <summary>Art. 350(2): the interest owed on <paramref name="on"/>: charged and unpaid, and accrued since it was last charged.</summary>
    public decimal InterestOwedOn(DateOnly on, InterestCalculator interest) => InterestOutstandingRub + InterestTo(on, interest).AmountRub;

    /// <summary>The obligation with the interest charged up to <paramref name="on"/> (unchanged without a deferral).</summary>
    public Obligation WithInterestTo(DateOnly on, InterestCalculator interest)
    {
        if (Deferred.Count == 0)
        {
            return this;
        }

        var charged = InterestTo(on, interest);
        return charged.LastDay is { } last
            ? this with { InterestRub = InterestRub + charged.AmountRub, InterestSettledTo = last, Charges = [.. Charges, .. ChargesOf(ChargeKind.Interest, charged.Parts)] }
            : this;
    }

    /// <summary>
    /// The deferral granted: <paramref name="parts"/> leave the term of Art. 329 for their own, interest counted from the
    /// day after <paramref name="periodStartsAfter"/>.
    /// </summary>
    public Obligation Defer(IReadOnlyList<DeferredPart> parts, DateOnly periodStartsAfter) =>
        this with { Deferred = [.. parts.OrderBy(p => p.DueOn)], InterestSettledTo = periodStartsAfter };

    /// <summary>
    /// Art. 335(2): the deferral rescinded on <paramref name="on"/>: the interest is charged to that day, and every deferred
    /// part whose term was later falls due that day (the Code keeps no term granted by a rescinded resolution).
    /// </summary>
    public Obligation EndDeferral(DateOnly on, InterestCalculator interest)
    {
        var charged = WithInterestTo(on, interest);
        var kept = charged.Deferred.Where(p => p.DueOn <= on).ToList();
        // Each category's parts fall due apart (Art. 333(4)): the penalty's and the payments' order keep them.
        var falling = charged.Deferred.Where(p => p.DueOn > on).GroupBy(p => p.Category)
            .Select(g => new DeferredPart(on, g.Sum(p => p.PrincipalRub)) { Category = g.Key }).Where(p => p.PrincipalRub > 0);
        return charged with
        {
            Deferred = [.. kept, .. falling],
            InterestSettledTo = charged.InterestSettledTo is { } s && s > on ? s : on,
        };
    }

    /// <summary>Every term (<see cref="Terms"/>) with what of it is unpaid.</summary>
    public IReadOnlyList<(DeferredPart Term, decimal UnpaidRub)> TermsWithUnpaid()
    {
        var terms = Terms();
        return [.. terms.Zip(Unpaid(terms), (t, u) => (t, u.PrincipalRub))];
    }

    /// <summary>What is unpaid of each term, payments meeting the earliest first.</summary>
    private List<DeferredPart> Unpaid(IReadOnlyList<DeferredPart> terms)
    {
        var paid = PaidRub;
        var unpaid = new List<DeferredPart>(terms.Count);
        foreach (var term in terms)
        {
            var met = Math.Min(paid, term.PrincipalRub);
            paid -= met;
            unpaid.Add(term with { PrincipalRub = term.PrincipalRub - met });
        }

        return unpaid;
    }
}
