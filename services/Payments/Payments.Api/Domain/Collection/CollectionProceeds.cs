using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Domain.Collection;

/// <summary>
/// Money a collection act brought in, booked once per payment reference: the bank's execution of the collection order
/// (Arts. 351(3), 354(2)), the proceeds of the goods' sale (352(6)) or of the bailiff's enforcement on other property (353(3)).
/// <see cref="AmountRub"/> is what it pays in roubles; from a foreign currency account (Art. 351(4)) it is
/// <see cref="Amount"/> of <see cref="Currency"/> at the central bank's <see cref="Rate"/> of the day of collection.
/// </summary>
public sealed record CollectionProceeds(string PaymentReference, Guid ActId, decimal AmountRub, DateOnly ReceivedOn)
{
    public string Currency { get; init; } = "RUB";

    /// <summary>The amount in <see cref="Currency"/> as collected (the same as <see cref="AmountRub"/> in roubles).</summary>
    public decimal Amount { get; init; } = AmountRub;

    /// <summary>The rate the amount was converted at; null in roubles.</summary>
    public ExchangeRate? Rate { get; init; }

    /// <summary>How <see cref="AmountRub"/> was computed from a foreign currency; null in roubles.</summary>
    public Trace? Conversion => Rate is not { } rate ? null : new Trace(
        Written.Of(Amount, Currency),
        $"{Written.Plain(rate.Value)} RUB per {rate.Nominal} {Currency}, set by the central bank for {rate.SetOn:yyyy-MM-dd}, in force on {ReceivedOn:yyyy-MM-dd}",
        "Art. 351(4): debited from a foreign currency account in the amount equivalent in roubles at the central bank's rate on the date of factual collection",
        CustomsCode.Article("Art. 351(4)").ToString(), Trace.ToKopecks);
}
