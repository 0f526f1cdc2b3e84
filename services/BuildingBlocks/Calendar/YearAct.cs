namespace Customs.BuildingBlocks.Calendar;

/// <summary>One year's official act on days off: the days it makes days off and the weekend days it makes working days.</summary>
public sealed record YearAct
{
    public required int Year { get; init; }

    /// <summary>The act, with its number and date (e.g. "Government Decree No. 1052 of 04.08.2024").</summary>
    public required string Act { get; init; }

    public IReadOnlyList<DateOnly> DaysOff { get; init; } = [];

    public IReadOnlyList<DateOnly> WorkingDays { get; init; } = [];

    public string? Note { get; init; }
}
