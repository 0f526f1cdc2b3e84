namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// A payer's unclaimed advances as collection takes them (Art. 353(1): "the payer's available unclaimed amounts of advance
/// payments"): the roubles, and each foreign currency held (330(2)) at its worth on the declaration's acceptance day
/// (331(3)). A currency whose rate of that day is not loaded cannot be converted and is left out.
/// </summary>
public sealed record HeldAdvances(decimal Roubles, IReadOnlyList<AdvanceConversion> Foreign)
{
    public static readonly HeldAdvances None = new(0, []);

    public decimal TotalRub => Roubles + Foreign.Sum(f => f.OfferedRub);

    /// <summary>
    /// Where <paramref name="rub"/> roubles are taken from: the roubles first (nothing to convert), then each currency in the
    /// order of its code, each only for the cents that pay what is left (<see cref="AdvanceConversion.DebitFor"/>). The Code
    /// sets no order between the payer's advances; this one is written down in the README.
    /// </summary>
    public (decimal FromRoubles, IReadOnlyList<(AdvanceConversion From, decimal PaidRub, decimal Debited)> FromCurrencies) Take(decimal rub)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rub, TotalRub);
        var fromRoubles = Math.Min(Roubles, rub);
        var left = rub - fromRoubles;
        var taken = new List<(AdvanceConversion, decimal, decimal)>();
        foreach (var currency in Foreign.OrderBy(f => f.Currency, StringComparer.Ordinal))
        {
            var paid = Math.Min(currency.OfferedRub, left);
            if (paid > 0)
            {
                taken.Add((currency, paid, currency.DebitFor(paid)));
                left -= paid;
            }
        }

        return (fromRoubles, taken);
    }
}
