using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Decides an item against the entries found for it. A match only shows signs of infringement (Art. 397): the
/// suspension gives the holder time to go to court, which alone decides whether goods are counterfeit.
/// </summary>
public static class ScreeningPolicy
{
    /// <summary>
    /// Decides every item of one declaration. Art. 400 speaks of the quantity of the goods, not of a goods item: the items
    /// matching one register entry count together, so 500 phones split into 100 items of 5 are not insignificant.
    /// </summary>
    public static IReadOnlyList<ItemVerdict> DecideAll(
        ScreeningContext context, IReadOnlyList<(ScreenedItem Item, IEnumerable<RegisterMatchCandidate> Candidates)> items)
    {
        var matched = items
            .Select(i => (i.Item, Matches: i.Candidates.Where(c => c.AppliesOn(context.On) && c.Matches(i.Item)).DistinctBy(c => c.EntryId).ToList()))
            .ToList();
        var quantityPerEntry = matched
            .SelectMany(m => m.Matches.Select(c => (c.EntryId, m.Item.Quantity)))
            .GroupBy(x => x.EntryId)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity));
        return [.. matched.Select(m => Decide(context, m.Item, m.Matches, m.Matches.Select(c => quantityPerEntry[c.EntryId]).DefaultIfEmpty(0).Max()))];
    }

    /// <summary>Decides an item alone, as the only item of its declaration.</summary>
    public static ItemVerdict Decide(ScreeningContext context, ScreenedItem item, IEnumerable<RegisterMatchCandidate> candidates) =>
        DecideAll(context, [(item, candidates)])[0];

    private static ItemVerdict Decide(ScreeningContext context, ScreenedItem item, List<RegisterMatchCandidate> matches, decimal quantityOfEntry)
    {
        if (matches.Count == 0)
        {
            return new(item.ItemNumber, ScreeningOutcome.Clear, null);
        }

        var first = matches[0].EntryId;
        if (PersonalUseExemption.Applies(context, item, quantityOfEntry))
        {
            // Art. 400: screened, logged as exempt, released.
            return new(item.ItemNumber, ScreeningOutcome.ExemptPersonalUse, first);
        }

        var taxpayer = context.DeclarantTaxpayerNumber?.Trim();
        var unauthorised = matches.FirstOrDefault(m => string.IsNullOrEmpty(taxpayer) || !m.AuthorisedImporters.Contains(taxpayer));
        return unauthorised is null
            ? new(item.ItemNumber, ScreeningOutcome.AuthorisedImporter, first)
            : new(item.ItemNumber, MatchOutcome(context), unauthorised.EntryId);
    }

    /// <summary>Art. 397(1): a Russian office holds the goods pending the head's decision; GAC Art. 21 suspends at once.</summary>
    private static ScreeningOutcome MatchOutcome(ScreeningContext context) =>
        SuspensionTerms.For(context.Jurisdiction, context.On).NeedsHeadDecision ? ScreeningOutcome.Held : ScreeningOutcome.Suspended;
}
