namespace Customs.BuildingBlocks.Calendar;

/// <summary>
/// The end of a term of working days, and whether it is provisional: the term crosses a year whose official act is not
/// loaded, so it was counted from the statutory holidays alone and may move when the act is loaded.
/// </summary>
public sealed record WorkingDayTerm(DateOnly End, IReadOnlyList<int> ProvisionalYears)
{
    public bool IsProvisional => ProvisionalYears.Count > 0;
}
