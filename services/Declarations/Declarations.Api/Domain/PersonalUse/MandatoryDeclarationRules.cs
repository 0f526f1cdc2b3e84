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

    /// <returns>The cases that apply, and the conversions the value and cash limits used (Art. 326: rates of <paramref name="on"/>).</returns>
    public (IReadOnlyList<AppliedRule> Rules, IReadOnlyList<ThresholdConversion> Conversions) Apply(
        DeclarationDraft draft, IReadOnlyDictionary<int, IReadOnlySet<GoodsCategory>> categories, PersonalUseThresholds t, DateOnly on)
    {
        var applied = new List<AppliedRule>();
        var conversions = new List<ThresholdConversion>();
        var import = draft.Direction == MovementDirection.Import;
        var personal = draft.Items.Where(i => i.IntendedUse == IntendedUse.Personal).ToList();

        if (import)
        {
            var (overValue, note) = OverValueLimit(personal, t, on, conversions);
            if (overValue || personal.Sum(GoodsMeasures.CarriedWeightKg) > t.ImportWeightLimitKg)
            {
                applied.Add(Rule(1, personal, note));
            }
        }

        if (draft.Passenger?.AllCash is { Count: > 0 } cash)
        {
            var (over, note) = OverCashLimit(cash, t, on, conversions);
            if (over)
            {
                applied.Add(Rule(2, [], note));
            }
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

        return ([.. applied.OrderBy(r => r.Number)], conversions);
    }

    private (bool Over, string? Note) OverValueLimit(
        IReadOnlyList<DeclaredGoodsItem> items, PersonalUseThresholds t, DateOnly on, List<ThresholdConversion> conversions)
    {
        var total = 0m;
        var notes = new List<string>();
        foreach (var item in items)
        {
            var (value, currency) = item.CustomsValue is { } cv
                ? (cv, item.CustomsValueCurrency ?? item.InvoiceCurrency)
                : (item.InvoiceValue, item.InvoiceCurrency);
            var (converted, note) = InLimitCurrency(value, currency, t.ImportValueCurrency, 1, item.Number, on, conversions);
            total += converted ?? 0;
            if (note is not null)
            {
                notes.Add($"item {item.Number}: {note}");
            }
        }

        // Without the rate of the day the value cannot be shown to be under the limit: the safe side is a written declaration.
        return notes.Count > 0 ? (true, string.Join("; ", notes)) : (total > t.ImportValueLimit, null);
    }

    /// <summary>
    /// Memo case 2: "cash ... and/or traveler's checks for the total amount exceeding equivalent of 10,000 USD": every
    /// currency carried, each converted at the rate of the day (Art. 326), added up. A currency without the rate of the day
    /// leaves the total unknown, and the declaration is then required.
    /// </summary>
    private (bool Over, string? Note) OverCashLimit(
        IReadOnlyList<CashCarried> cash, PersonalUseThresholds t, DateOnly on, List<ThresholdConversion> conversions)
    {
        var total = 0m;
        var missing = new List<string>();
        foreach (var amount in cash)
        {
            var (converted, note) = InLimitCurrency(amount.Amount, amount.Currency, t.CashCurrency, 2, null, on, conversions);
            total += converted ?? 0;
            if (note is not null)
            {
                missing.Add(note);
            }
        }

        if (missing.Count > 0)
        {
            return (true, string.Join("; ", missing));
        }

        return total > t.CashLimit
            ? (true, cash.Count > 1 ? $"total of {cash.Count} currencies: {total:0.##} {t.CashCurrency} at the rates of {on:yyyy-MM-dd}" : null)
            : (false, null);
    }

    /// <returns>The amount in the limit's currency, or null with a note saying which rate of which day was missing.</returns>
    private (decimal? Amount, string? Note) InLimitCurrency(
        decimal amount, string currency, string limitCurrency, int memoCase, int? itemNumber, DateOnly on, List<ThresholdConversion> conversions)
    {
        if (currency == limitCurrency)
        {
            return (amount, null);
        }

        var conversion = rates.Convert(amount, currency, limitCurrency, on);
        conversions.Add(new ThresholdConversion(memoCase, itemNumber, conversion));
        return conversion.Converted is { } converted
            ? (converted, null)
            : (null, $"no exchange rate {currency}/{limitCurrency} in force on {on:yyyy-MM-dd} (Art. 326: the central bank's rate in force on "
                + "the acceptance day), so the amount could not be converted and a written declaration is required");
    }

    private static IEnumerable<AppliedRule> ForCategory(
        int number, GoodsCategory category, DeclarationDraft draft, IReadOnlyDictionary<int, IReadOnlySet<GoodsCategory>> categories)
    {
        var items = draft.Items.Where(i => categories[i.Number].Contains(category)).ToList();
        return items.Count > 0 ? [Rule(number, items)] : [];
    }

    private static AppliedRule Rule(int number, IEnumerable<DeclaredGoodsItem> items, string? note = null) =>
        new(number, MandatoryDeclarationCase.Text(number), [.. items.Select(i => i.Number)], note);
}
