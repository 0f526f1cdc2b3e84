using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Api.Domain.Interest;

/// <summary>
/// Interest "proceeding from the refinance rate ... effective in the period" (Art. 336(1), deferral and instalments) and
/// "for each day of non-fulfilment" of a refund at the refinance rate "effective within the period" (Art. 355(4)).
/// The rate is a year's rate; the Code sets no day count, so a day is charged 1/365 of it (leap years too), and each
/// day at the rate in force on it: one part per rate, each rounded to kopecks, as the penalties of Art. 349(2) are.
/// </summary>
public sealed class InterestCalculator(ReferenceBook book)
{
    public const int DaysInYear = 365;

    /// <summary>Interest on <paramref name="amountRub"/> for every day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public Interest Calculate(decimal amountRub, DateOnly first, DateOnly last, string rule, string legalReference)
    {
        if (last < first || amountRub <= 0)
        {
            return Interest.None;
        }

        var periods = book.RefinancingRatePercent.Across(first, last)
            ?? throw ReferenceBook.NotInForce("refinancing rate for every day of the period", first);
        var parts = periods.Select(period =>
        {
            var days = period.Until!.Value.DayNumber - period.From.DayNumber + 1;
            var amount = MinorUnits.Round(amountRub * period.Value / 100m * days / DaysInYear);
            return new PenaltyPart(period.From, period.Until.Value, days, period.Value, amount, new(
                $"{Written.Rub(amountRub)} for {days} calendar days, {period.From:yyyy-MM-dd} to {period.Until:yyyy-MM-dd}",
                $"the refinancing rate of {Written.Plain(period.Value)}% a year, 1/{DaysInYear} of it a day",
                rule, $"{legalReference}; rate: {period.Reference}", Trace.ToKopecks)) { BaseRub = amountRub };
        }).ToList();
        return new Interest(parts.Sum(p => p.AmountRub), first, last, parts);
    }
}
