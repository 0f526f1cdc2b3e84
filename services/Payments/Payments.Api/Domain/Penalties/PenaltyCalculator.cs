using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Api.Domain.Penalties;

/// <summary>
/// Art. 349(2): "penalty fees shall be charged for each calendar day of a delay in payments of customs duties and taxes
/// beginning from the day following the date of expiry of the time limit prescribed for the disbursement of due customs
/// duties and taxes until the day when the payer fulfils his (or her) obligations ... equivalent to one three-hundredth of
/// the refinance rate ... Calculation of penalty fees is based on the refinance rate ... effective during the payment
/// delay period."
/// The day of payment counts: the obligation is met only at the moment the funds are debited or paid in (Art. 332[1],
/// [2]), so the payer is in delay for part of that calendar day, and the Article charges "each calendar day of a delay"
/// "until the day" of fulfilment. Each day is charged at the rate in force on it; one part per rate, rounded to kopecks.
/// </summary>
public sealed class PenaltyCalculator(ReferenceBook book)
{
    public Penalty Calculate(decimal arrearsRub, DateOnly dueDate, DateOnly paidOn) => Calculate(arrearsRub, dueDate, paidOn, PenaltyLimits.None);

    /// <summary>
    /// As Art. 349(2), without the days <paramref name="limits"/> take out (349(3) guarantor, 349(5) temporary storage). The
    /// penalty's last day is the day counted to even when it is not charged, so a stored settled-to day never counts it again.
    /// </summary>
    public Penalty Calculate(decimal arrearsRub, DateOnly dueDate, DateOnly paidOn, PenaltyLimits limits)
    {
        if (paidOn <= dueDate || arrearsRub <= 0)
        {
            return new Penalty(0, null, null, []);
        }

        var first = dueDate.AddDays(1);
        var parts = new List<PenaltyPart>();
        foreach (var (from, to) in limits.Chargeable(first, paidOn))
        {
            var periods = book.RefinancingRatePercent.Across(from, to)
                ?? throw ReferenceBook.NotInForce("refinancing rate for every day of the delay", from);
            parts.AddRange(periods.Select(period => Part(arrearsRub, period, limits)));
        }

        return new Penalty(parts.Sum(p => p.AmountRub), first, paidOn, parts);
    }

    private static PenaltyPart Part(decimal arrearsRub, BuildingBlocks.ReferenceData.EffectiveValue<decimal> period, PenaltyLimits limits)
    {
        var days = period.Until!.Value.DayNumber - period.From.DayNumber + 1;
        var amount = MinorUnits.Round(arrearsRub * period.Value / 100m / 300m * days);
        var rule = "Art. 349(2): each calendar day from the day after the term expired to the day of payment, that day included"
            + (limits.LastGuarantorDay is { } cap ? $"; a guarantor's demand, to {cap:yyyy-MM-dd} at most (Art. 349(3): three months)" : "")
            + (limits.TemporaryStorage.Count > 0 ? "; not the days of temporary storage (Art. 349(5))" : "");
        return new PenaltyPart(period.From, period.Until.Value, days, period.Value, amount, new(
            $"arrears {Written.Rub(arrearsRub)} for {days} calendar days, {period.From:yyyy-MM-dd} to {period.Until:yyyy-MM-dd}",
            $"1/300 of the refinancing rate of {Written.Plain(period.Value)}% a day",
            rule, period.Reference.ToString(), Trace.ToKopecks)) { BaseRub = arrearsRub };
    }
}
