namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// The categories of customs payments the obligation owes (Art. 318(1)), kept apart as the assessment computes them so a
/// deferral may take "one or several categories of customs duties and taxes" (Art. 333(4)). What is paid is not booked to
/// a category: it meets them in one order (<see cref="CategoryBalances"/>), so every payment, advance directed, collection
/// or refund changes <see cref="Obligation.PaidRub"/> alone and the categories follow.
/// </summary>
public sealed partial record Obligation
{
    /// <summary>What the assessment set per category; empty (one undivided amount) for an obligation built without them.</summary>
    public IReadOnlyList<CategoryAmount> Categories { get; init; } = [];

    /// <summary>The categories, or the whole amount as one undivided category when none are kept (none for nothing assessed).</summary>
    public IReadOnlyList<CategoryAmount> CategoriesOrUndivided => Categories.Count > 0 ? Categories
        : AssessedRub == 0 ? []
        : [new CategoryAmount(PaymentCategory.Undivided, AssessedRub)];

    /// <summary>A reassessment: the new amounts of each category (the difference of each is to pay, or to refund, Art. 355).</summary>
    public Obligation Reassessed(IReadOnlyList<CategoryAmount> categories) =>
        this with { AssessedRub = categories.Sum(c => c.AssessedRub), Categories = categories };

    /// <summary>
    /// <paramref name="amountRub"/> of duties no longer owed (Art. 356), no category named: taken off the categories payments
    /// meet last (VAT, excise, duties, fees), so the categories keep adding up to <see cref="Obligation.AssessedRub"/>.
    /// </summary>
    public Obligation WithAssessedLowered(decimal amountRub)
    {
        var left = amountRub;
        var lowered = new List<CategoryAmount>(Categories.Count);
        foreach (var category in Categories.OrderByDescending(c => PaymentCategories.Rank(c.Category)))
        {
            var taken = Math.Min(left, Math.Max(0, category.AssessedRub));
            lowered.Add(category with { AssessedRub = category.AssessedRub - taken });
            left -= taken;
        }

        return this with
        {
            AssessedRub = AssessedRub - amountRub, Categories = [.. lowered.OrderBy(c => PaymentCategories.Rank(c.Category))],
        };
    }

    /// <summary>
    /// Each category with what of it is paid and deferred. Payments meet, in this order: the part not deferred of each
    /// category (fees, duties, excise, VAT: <see cref="PaymentCategories.Rank"/>), then the deferred parts of the named
    /// categories, earliest term first and in the same order within a term. It is the order of <see cref="Terms"/>, so a
    /// category's paid share is what the payments made so far reached of it.
    /// </summary>
    public IReadOnlyList<CategoryBalance> CategoryBalances()
    {
        var categories = CategoriesOrUndivided.OrderBy(c => PaymentCategories.Rank(c.Category)).ToList();
        var deferred = Terms().Skip(1).Where(t => t.Category is { } c && categories.Any(k => k.Category == c)).ToList();
        var deferredOf = categories.ToDictionary(c => c.Category, c => deferred.Where(t => t.Category == c.Category).Sum(t => t.PrincipalRub));
        var paidOf = categories.ToDictionary(c => c.Category, _ => 0m);
        var left = PaidRub;
        foreach (var (category, amount) in categories.Select(c => (c.Category, Math.Max(0, c.AssessedRub - deferredOf[c.Category])))
                     .Concat(deferred.Select(t => (t.Category!.Value, t.PrincipalRub))))
        {
            var met = Math.Min(left, amount);
            paidOf[category] += met;
            left -= met;
        }

        return [.. categories.Select(c => new CategoryBalance(c.Category, c.AssessedRub, paidOf[c.Category], deferredOf[c.Category]))];
    }

    /// <summary>The parts of a named category capped at what the category is assessed at (a reassessment may lower it).</summary>
    private List<DeferredPart> DeferredCappedByCategory()
    {
        if (Categories.Count == 0)
        {
            return [.. Deferred.OrderBy(p => p.DueOn).ThenBy(p => PaymentCategories.Rank(p.Category))];
        }

        var left = Categories.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.AssessedRub));
        var parts = new List<DeferredPart>(Deferred.Count);
        foreach (var part in Deferred.OrderBy(p => p.DueOn).ThenBy(p => PaymentCategories.Rank(p.Category)))
        {
            if (part.Category is not { } category)
            {
                parts.Add(part);
                continue;
            }

            var principal = Math.Min(part.PrincipalRub, left.GetValueOrDefault(category));
            left[category] = left.GetValueOrDefault(category) - principal;
            parts.Add(part with { PrincipalRub = principal });
        }

        return parts;
    }
}
