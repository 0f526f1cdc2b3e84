namespace Customs.Declarations.Api.Domain;

/// <summary>
/// Goods under customs control wait for the IP register's screening of every item (Arts. 359-360, 397(1)): release
/// goes ahead only once each item has its outcome, and an item found with signs of infringement only once its
/// suspension (or hold) was announced and lifted.
/// </summary>
public static class IpScreeningGate
{
    /// <returns>Why release must wait, or null when IP screening does not stand in the way.</returns>
    public static DeclarationRuleException? WhyReleaseWaits(IReadOnlyList<DeclaredGoodsItem> items, IReadOnlyList<ItemIpScreening> screenings,
        IReadOnlyList<ReleaseSuspension> suspensions)
    {
        var unscreened = items.Select(i => i.Number).Where(n => screenings.All(s => s.ItemNumber != n)).Order().ToList();
        if (unscreened.Count > 0)
        {
            return new(DeclarationErrors.AwaitingIpScreening,
                $"Cannot release: {Items(unscreened)} still await{(unscreened.Count == 1 ? "s" : "")} IP screening by the IP register.",
                LegalBasis.AwaitingIpScreening);
        }

        // The ReleaseSuspended event of a suspended item may still be on its way; until it is lifted the goods stay.
        var unlifted = screenings.Where(s => s.Outcome is IpScreeningOutcome.Suspended or IpScreeningOutcome.Held && !Lifted(s, suspensions))
            .Select(s => s.ItemNumber).Order().ToList();
        return unlifted.Count == 0 ? null
            : new(DeclarationErrors.IpSuspensionNotLifted,
                $"Cannot release: {Items(unlifted)} had signs of IP infringement and the suspension of release is not lifted (Art. 397(1)).",
                LegalBasis.SuspensionIp);
    }

    private static bool Lifted(ItemIpScreening screening, IReadOnlyList<ReleaseSuspension> suspensions) =>
        screening.SuspensionId is { } id
            ? suspensions.Any(s => s.SuspensionId == id && s.LiftedOn is not null)
            : suspensions.Any(s => s.LiftedOn is not null) && suspensions.All(s => s.LiftedOn is not null || s.SuspendedOn is null);

    private static string Items(IReadOnlyList<int> numbers) =>
        (numbers.Count == 1 ? "item " : "items ") + string.Join(", ", numbers);
}
