using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>
/// Decides an item against the entries found for it. A match only shows signs of infringement (Art. 397): the
/// suspension gives the holder time to go to court, which alone decides whether goods are counterfeit.
/// </summary>
public static class ScreeningPolicy
{
    public static ItemVerdict Decide(ScreeningContext context, ScreenedItem item, IEnumerable<RegisterMatchCandidate> candidates)
    {
        var matches = candidates.Where(c => c.AppliesOn(context.On) && c.Matches(item)).ToList();
        if (matches.Count == 0)
        {
            return new(item.ItemNumber, ScreeningOutcome.Clear, null);
        }

        var first = matches[0].EntryId;
        if (PersonalUseExemption.Applies(context, item))
        {
            // Art. 400: screened, logged as exempt, released.
            return new(item.ItemNumber, ScreeningOutcome.ExemptPersonalUse, first);
        }

        var taxpayer = context.DeclarantTaxpayerNumber?.Trim();
        var unauthorised = matches.FirstOrDefault(m => string.IsNullOrEmpty(taxpayer) || !m.AuthorisedImporters.Contains(taxpayer));
        return unauthorised is null
            ? new(item.ItemNumber, ScreeningOutcome.AuthorisedImporter, first)
            : new(item.ItemNumber, ScreeningOutcome.Suspended, unauthorised.EntryId);
    }
}
