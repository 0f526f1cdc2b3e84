namespace Customs.Examination.Api.Domain.Risk;

/// <summary>
/// What selection has done so far at an office and direction: decisions per lane (the actual rates the top-up compares with
/// the expected ones) and, per profile, its hits in a row that went unselected.
/// </summary>
public sealed record SelectionCounters(int Total, int Yellow, int Red, int Blue, IReadOnlyDictionary<Guid, int> UnselectedInARow)
{
    public static SelectionCounters Empty { get; } = new(0, 0, 0, 0, new Dictionary<Guid, int>());

    public int Count(Lane lane) => lane switch
    {
        Lane.Yellow => Yellow,
        Lane.Red => Red,
        Lane.Blue => Blue,
        _ => Total - Yellow - Red - Blue,
    };

    public int UnselectedOf(Guid profileId) => UnselectedInARow.GetValueOrDefault(profileId);

    public SelectionCounters After(Lane lane, IEnumerable<(Guid ProfileId, bool Selected)> hits)
    {
        var unselected = new Dictionary<Guid, int>(UnselectedInARow);
        foreach (var (id, selected) in hits)
        {
            unselected[id] = selected ? 0 : unselected.GetValueOrDefault(id) + 1;
        }

        return new(Total + 1, Yellow + (lane == Lane.Yellow ? 1 : 0), Red + (lane == Lane.Red ? 1 : 0), Blue + (lane == Lane.Blue ? 1 : 0), unselected);
    }
}
