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
    public Penalty Calculate(decimal arrearsRub, DateOnly dueDate, DateOnly paidOn)
    {
        if (paidOn <= dueDate || arrearsRub <= 0)
        {
            return new Penalty(0, null, null, []);
        }

        var first = dueDate.AddDays(1);

        var periods = book.RefinancingRatePercent.Across(first, paidOn)
            ?? throw ReferenceBook.NotInForce("refinancing rate for every day of the delay", first);
        var parts = periods.Select(period =>
        {
            var days = period.Until!.Value.DayNumber - period.From.DayNumber + 1;
            var amount = MinorUnits.Round(arrearsRub * period.Value / 100m / 300m * days);
            return new PenaltyPart(period.From, period.Until.Value, days, period.Value, amount, new(
                $"arrears {Written.Rub(arrearsRub)} for {days} calendar days, {period.From:yyyy-MM-dd} to {period.Until:yyyy-MM-dd}",
                $"1/300 of the refinancing rate of {Written.Plain(period.Value)}% a day",
                "Art. 349(2): each calendar day from the day after the term expired to the day of payment, that day included",
                period.Reference.ToString(), Trace.ToKopecks));
        }).ToList();
        return new Penalty(parts.Sum(p => p.AmountRub), first, paidOn, parts);
    }
}
