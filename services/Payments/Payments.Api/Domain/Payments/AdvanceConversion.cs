using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// An advance held in a foreign currency (Arts. 330(2), 331(2)) directed to a declaration: converted at the central bank's
/// rate in force on the day the declaration was accepted (Art. 331(3): "based on the currency exchange rate effective on the
/// day of acceptance by the customs authorities of the customs declaration"). <see cref="Offered"/> units are worth
/// <see cref="OfferedRub"/>, rounded once to kopecks. When the declaration owes less, only the part that pays it is taken
/// (<see cref="DebitFor"/>): the fewest cents whose value in roubles covers what is paid; the rest stays the payer's.
/// </summary>
public sealed record AdvanceConversion(string Currency, decimal Offered, ExchangeRate Rate, DateOnly AcceptedOn)
{
    public decimal OfferedRub => MinorUnits.Round(Offered * Rate.PerUnit);

    /// <summary>
    /// The amount of the currency debited for <paramref name="paidRub"/> roubles paid on the declaration (at most
    /// <see cref="Offered"/>). Rounded up to the cent, so that its value covers what was paid; the difference is under one
    /// cent of the currency.
    /// </summary>
    public decimal DebitFor(decimal paidRub)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(paidRub);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paidRub, OfferedRub);
        return paidRub == OfferedRub
            ? Offered
            : Math.Min(Offered, decimal.Ceiling(paidRub / Rate.PerUnit * 100m) / 100m);
    }

    /// <summary>How the currency debited became the roubles paid on the declaration.</summary>
    public Trace TraceFor(decimal debited) => new(
        Written.Of(debited, Currency),
        $"{Written.Plain(Rate.Value)} RUB per {Rate.Nominal} {Currency}, set by the central bank for {Rate.SetOn:yyyy-MM-dd}, in force on {AcceptedOn:yyyy-MM-dd}, the day the declaration was accepted",
        "Art. 331(3): a payment in a foreign currency is converted at the central bank's rate in force on the day the customs declaration was accepted; "
            + "only the cents that pay what the declaration owes are taken (rounded up, under one cent), the rest stays the payer's advance (Art. 330(3))",
        CustomsCode.Article("Art. 331(3)").ToString(), Trace.ToKopecks);
}
