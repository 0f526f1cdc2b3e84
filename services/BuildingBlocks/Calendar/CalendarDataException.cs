namespace Customs.BuildingBlocks.Calendar;

/// <summary>A calendar data file that cannot be loaded as it stands (a duplicate year, a date outside its year, a day both off and working).</summary>
public sealed class CalendarDataException(string message) : Exception(message);
