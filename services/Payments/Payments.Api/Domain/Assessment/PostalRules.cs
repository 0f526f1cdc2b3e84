using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Api.Domain.Reference;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// Art. 319(2)[2]: "Customs duties and taxes shall not be levied on goods, provided ... the overall customs value of the
/// goods imported to the customs territory of the Russian Federation within a single week addressed to the same recipient
/// does not exceed 5,000.00 roubles". Items are counted in order onto the recipient's week; the item that takes the week
/// over the allowance, and every item after it, is assessed at the tariff's rates.
/// </summary>
public sealed class PostalRules(ReferenceBook book, CommercialRules commercial)
{
    public (IReadOnlyList<IReadOnlyList<Figure>> Payments, decimal WeekTotalRub) Assess(
        IReadOnlyList<(ItemToAssess Item, decimal ValueRub)> items, PostalWeek week, DateOnly on, IExchangeRates rates)
    {
        var allowance = ReferenceBook.Require(book.PostalWeekAllowanceRub, on);
        var total = week.DeclaredRub;
        var payments = new List<IReadOnlyList<Figure>>();
        foreach (var (item, valueRub) in items)
        {
            var before = total;
            total += valueRub;
            var weekText = $"week of {week.Monday:yyyy-MM-dd} to recipient {week.RecipientId}: {Written.Rub(before)} before, {Written.Rub(total)} with this item";
            if (total <= allowance.Value)
            {
                payments.Add([new(FigureKind.Exemption, 0, null, new(weekText, $"allowance {Written.Rub(allowance.Value)} a week",
                    "Art. 319(2)[2]: within the week's allowance, no duties or taxes", allowance.Reference.ToString(), Trace.NotRounded))]);
            }
            else
            {
                payments.Add(commercial.Payments(item, valueRub, on, rates,
                    $"Art. 319(2)[2]: {weekText}, over the allowance of {Written.Rub(allowance.Value)}: assessed"));
            }
        }

        return (payments, total);
    }
}
