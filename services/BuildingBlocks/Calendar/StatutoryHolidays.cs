namespace Customs.BuildingBlocks.Calendar;

/// <summary>The holidays a statute fixes for every year, used alone for a year whose act is not loaded (a provisional answer).</summary>
public sealed record StatutoryHolidays
{
    /// <summary>The statute and articles the rules come from.</summary>
    public required string Act { get; init; }

    /// <summary>Holidays on fixed dates, as <c>MM-dd</c>.</summary>
    public IReadOnlyList<string> Holidays { get; init; } = [];

    /// <summary>A holiday on a Saturday or Sunday gives the next working day off (RU Labour Code Art. 112(2); CN Measures Art. 4).</summary>
    public bool WeekendHolidayMovesToNextWorkingDay { get; init; }

    /// <summary>Months whose weekend holidays are not moved by the statute (RU Art. 112(2): the January holidays).</summary>
    public IReadOnlyList<int> NotMovedMonths { get; init; } = [];

    /// <summary>Holidays on moveable (lunar or solar-term) dates, year by year, where known.</summary>
    public IReadOnlyList<FestivalYear> Festivals { get; init; } = [];
}
