namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>An amount converted at the official rate of one day (Art. 326), or the rate of that day that was missing.</summary>
public sealed record CurrencyConversion
{
    public required decimal Amount { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>The day whose rate the law requires: the acceptance date (at filing, the filing date).</summary>
    public required DateOnly RateNeededOn { get; init; }

    /// <summary>The day of the rate used; null when there is no rate of the day needed (no other day's rate is used).</summary>
    public DateOnly? RateDate { get; init; }

    /// <summary>The converted amount, not rounded (thresholds compare the exact figure); null when no rate.</summary>
    public decimal? Converted { get; init; }

    /// <summary>Where the rate came from; a development sample says so.</summary>
    public string? RateSource { get; init; }
}
