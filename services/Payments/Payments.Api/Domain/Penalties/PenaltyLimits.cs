namespace Customs.Payments.Api.Domain.Penalties;

/// <summary>
/// What takes days out of Art. 349(2)'s count: a demand lodged to a guarantor is charged penalties "for the period of not
/// exceeding three months from the day following the date of expiry of the time limit" of the secured obligation (349(3));
/// "no penalty fees shall be charged ... for the period of the goods temporary storage" (349(5)).
/// </summary>
public sealed record PenaltyLimits
{
    public static readonly PenaltyLimits None = new();

    /// <summary>For a demand to a guarantor: the last day of the term of the obligation the guarantee secures.</summary>
    public DateOnly? GuaranteedTermEndedOn { get; init; }

    /// <summary>The periods (both days included) the goods were in temporary storage.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> TemporaryStorage { get; init; } = [];

    /// <summary>349(3): three months from the day after the term, e.g. a term ending 30 April: 1 May to 31 July.</summary>
    public DateOnly? LastGuarantorDay => GuaranteedTermEndedOn is { } end ? end.AddDays(1).AddMonths(3).AddDays(-1) : null;

    /// <summary>The days of <paramref name="first"/>..<paramref name="last"/> that are charged, as spans in order.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> Chargeable(DateOnly first, DateOnly last)
    {
        if (LastGuarantorDay is { } cap && cap < last)
        {
            last = cap;
        }

        var spans = new List<(DateOnly From, DateOnly To)>();
        var from = first;
        foreach (var (storedFrom, storedTo) in TemporaryStorage.Where(s => s.To >= first && s.From <= last).OrderBy(s => s.From))
        {
            if (storedFrom > from)
            {
                spans.Add((from, storedFrom.AddDays(-1)));
            }

            from = storedTo.AddDays(1) > from ? storedTo.AddDays(1) : from;
        }

        if (from <= last)
        {
            spans.Add((from, last));
        }

        return spans;
    }
}
