using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Art. 331(3): advances held in a foreign currency pay a declaration "based on the currency exchange rate effective on the
/// day of acceptance by the customs authorities of the customs declaration". One place answers that day and its rates, for
/// the payer's direction (PaymentBooking) and for collection from advances (Collections).
/// </summary>
public sealed class AdvanceRates(AssessmentStore assessments, ExchangeRateStore rates)
{
    /// <summary>The declaration's acceptance day and the rates of <paramref name="currencies"/> in force on it; null without an assessment.</summary>
    public async Task<(DateOnly AcceptedOn, RateTable Rates)?> OnAcceptanceDayAsync(string declarationId, IEnumerable<string> currencies, CancellationToken ct) =>
        await assessments.AcceptanceDateAsync(declarationId, ct) is { } acceptedOn
            ? (acceptedOn, await rates.RatesOnAsync(acceptedOn, currencies, ct))
            : null;

    /// <summary>The conversion of <paramref name="amount"/> of <paramref name="currency"/>, or null when that day's rate is not loaded.</summary>
    public static AdvanceConversion? Conversion(string currency, decimal amount, (DateOnly AcceptedOn, RateTable Rates) day) =>
        day.Rates.Find(currency) is { } rate ? new AdvanceConversion(currency, amount, rate, day.AcceptedOn) : null;
}
