using System.Text.Json.Serialization;

namespace Customs.BuildingBlocks.Calendar;

/// <summary>One jurisdiction's calendar data file (<c>Calendar/Data/*.json</c>): its statutory rules and the acts loaded year by year.</summary>
public sealed record CalendarFile
{
    public required string Jurisdiction { get; init; }

    public required StatutoryHolidays Statutory { get; init; }

    /// <summary>
    /// True where each year's act lists every day off of the year (China's State Council notice); false where the act
    /// only moves days off and the statutory holidays apply besides it (Russia's Government decree).
    /// </summary>
    public bool ActListsEveryDayOff { get; init; }

    public IReadOnlyList<YearAct> Years { get; init; } = [];

    /// <summary>
    /// The file's content hash, set by <see cref="CalendarLoader"/>: a new act loaded (or any correction) gives a new
    /// version, and a service that sees a version it has not applied recomputes its provisional deadlines.
    /// </summary>
    [JsonIgnore]
    public string DataVersion { get; init; } = "";
}
