using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Which of the memo's 15 cases make a passenger's written declaration mandatory.</summary>
public sealed class MandatoryDeclarationRules(IExchangeRates rates)
{
    private static readonly (int Case, GoodsCategory Category)[] ByCategory =
    [
        (4, GoodsCategory.CulturalValuables),
        (5, GoodsCategory.PreciousMetalsAndStones),
        (7, GoodsCategory.Cites),
        (8, GoodsCategory.Weapons),
        (10, GoodsCategory.NarcoticMedicine),
        (11, GoodsCategory.RadioElectronic),
        (12, GoodsCategory.Encryption),
        (13, GoodsCategory.Inherited),
    ];

    public IReadOnlyList<AppliedRule> Apply(
        DeclarationDraft draft, IReadOnlyDictionary<int, IReadOnlySet<GoodsCategory>> categories, PersonalUseThresholds t, DateOnly on)
    {
        var applied = new List<AppliedRule>();
        var import = draft.Direction == MovementDirection.Import;
        var personal = draft.Items.Where(i => i.IntendedUse == IntendedUse.Personal).ToList();

        if (import && (OverValueLimit(personal, t, on) || personal.Sum(GoodsMeasures.CarriedWeightKg) > t.ImportWeightLimitKg))
        {
            applied.Add(Rule(1, personal));
        }

        if (draft.Passenger is { CashAmount: > 0, CashCurrency: { } currency } passenger
            && (rates.Convert(passenger.CashAmount, currency, t.CashCurrency, on) ?? decimal.MaxValue) > t.CashLimit)
        {
            applied.Add(Rule(2, []));
        }

        if (draft.Passenger?.CarriesMonetaryInstruments == true)
        {
            applied.Add(Rule(3, []));
        }

        applied.AddRange(ByCategory.SelectMany(c => ForCategory(c.Case, c.Category, draft, categories)));
        if (!import)
        {
            applied.AddRange(ForCategory(6, GoodsCategory.StateReward, draft, categories));
        }

        var alcohol = draft.Items.Where(i => categories[i.Number].Contains(GoodsCategory.Alcohol)).ToList();
        if (import && alcohol.Where(i => i.Unit == GoodsMeasures.Litre).Sum(i => i.Quantity) > t.AlcoholLitres)
        {
            applied.Add(Rule(9, alcohol));
        }

        if (draft.Kind == DeclarationKind.PassengerAccompaniedLuggage && draft.Passenger?.HasUnaccompaniedLuggage == true)
        {
            applied.Add(Rule(14, draft.Items));
        }

        var commercial = draft.Items.Where(i => i.IntendedUse == IntendedUse.Commercial).ToList();
        if (commercial.Count > 0)
        {
            applied.Add(Rule(15, commercial));
        }

        return [.. applied.OrderBy(r => r.Number)];
    }

    private bool OverValueLimit(IReadOnlyList<DeclaredGoodsItem> items, PersonalUseThresholds t, DateOnly on)
    {
        var total = 0m;
        foreach (var item in items)
        {
            var (value, currency) = item.CustomsValue is { } cv
                ? (cv, item.CustomsValueCurrency ?? item.InvoiceCurrency)
                : (item.InvoiceValue, item.InvoiceCurrency);
            var converted = rates.Convert(value, currency, t.ImportValueCurrency, on);
            if (converted is null)
            {
                // Without an official rate the value cannot be shown to be under the limit: declare in writing.
                return true;
            }

            total += converted.Value;
        }

        return total > t.ImportValueLimit;
    }

    private static IEnumerable<AppliedRule> ForCategory(
        int number, GoodsCategory category, DeclarationDraft draft, IReadOnlyDictionary<int, IReadOnlySet<GoodsCategory>> categories)
    {
        var items = draft.Items.Where(i => categories[i.Number].Contains(category)).ToList();
        return items.Count > 0 ? [Rule(number, items)] : [];
    }

    private static AppliedRule Rule(int number, IEnumerable<DeclaredGoodsItem> items) =>
        new(number, MandatoryDeclarationCase.Text(number), [.. items.Select(i => i.Number)]);
}
