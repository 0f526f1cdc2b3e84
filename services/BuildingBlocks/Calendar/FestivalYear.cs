namespace Customs.BuildingBlocks.Calendar;

/// <summary>The Gregorian dates of one year's statutory holidays that follow the lunar calendar or a solar term.</summary>
public sealed record FestivalYear
{
    public required int Year { get; init; }

    public IReadOnlyList<DateOnly> Days { get; init; } = [];

    public string? Note { get; init; }
}
