namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>The thresholds over time; a declaration uses those in force on its acceptance date (Art. 325).</summary>
public sealed class ThresholdSchedule
{
    private readonly PersonalUseThresholds[] _entries;

    public ThresholdSchedule(IEnumerable<PersonalUseThresholds> entries)
    {
        _entries = [.. entries.OrderBy(e => e.EffectiveFrom)];
        if (_entries.Length == 0)
        {
            throw new ArgumentException("A threshold schedule needs at least one entry.", nameof(entries));
        }
    }

    /// <summary>
    /// The entry in force on <paramref name="date"/>, with the allowances the Payments service holds for that day (none for a
    /// declaration whose rules read none: reading them then throws).
    /// </summary>
    public PersonalUseThresholds InForceOn(DateOnly date, MemoAllowances? allowances)
    {
        var entry = _entries.LastOrDefault(e => e.EffectiveFrom <= date)
            ?? throw new InvalidOperationException($"No personal-use thresholds were in force on {date:yyyy-MM-dd}.");
        return allowances is null ? entry : entry with { Allowances = allowances };
    }

    /// <summary>The rates a draft's memo rules convert: its goods' and cash currencies, and the limits' (EUR, the cash limit's).</summary>
    public IReadOnlySet<string> CurrenciesNeeded(DeclarationDraft draft, DateOnly on)
    {
        var currencies = new HashSet<string> { "EUR" };
        if (_entries.LastOrDefault(e => e.EffectiveFrom <= on) is { } entry)
        {
            currencies.Add(entry.CashCurrency);
        }

        foreach (var item in draft.Items)
        {
            currencies.Add(item.InvoiceCurrency);
            if (item.CustomsValueCurrency is { } customs)
            {
                currencies.Add(customs);
            }
        }

        currencies.UnionWith(draft.Passenger?.AllCash.Select(c => c.Currency) ?? []);
        currencies.Remove("RUB");
        // A malformed code is the validator's to refuse; asked for, it would be refused by Payments under its own field name.
        // More than Payments answers at once (50) leaves the rest without a rate: the memo's case then applies (the safe side).
        return currencies.Where(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)).Order(StringComparer.Ordinal).Take(50).ToHashSet();
    }
}
