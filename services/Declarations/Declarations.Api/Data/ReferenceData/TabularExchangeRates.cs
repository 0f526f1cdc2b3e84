using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Data.ReferenceData;

/// <summary>Exchange rates from a table of roubles per unit, each row in force from its date (Art. 326).</summary>
public sealed class TabularExchangeRates(IEnumerable<(DateOnly EffectiveFrom, IReadOnlyDictionary<string, decimal> RubPerUnit)> rows) : IExchangeRates
{
    private readonly (DateOnly EffectiveFrom, IReadOnlyDictionary<string, decimal> RubPerUnit)[] _rows = [.. rows.OrderBy(r => r.EffectiveFrom)];

    public decimal? Convert(decimal amount, string from, string to, DateOnly on)
    {
        if (from == to)
        {
            return amount;
        }

        var row = _rows.LastOrDefault(r => r.EffectiveFrom <= on);
        if (row.RubPerUnit is null || !row.RubPerUnit.TryGetValue(from, out var fromRate) || !row.RubPerUnit.TryGetValue(to, out var toRate))
        {
            return null;
        }

        return amount * fromRate / toRate;
    }
}
