using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>The legal date at a customs office of a jurisdiction (<see cref="OfficeTime"/>).</summary>
public static class OfficeDate
{
    public static TimeSpan OffsetOf(Jurisdiction jurisdiction) =>
        jurisdiction == Jurisdiction.China ? OfficeTime.Beijing : OfficeTime.Moscow;

    public static DateOnly On(DateTimeOffset instant, Jurisdiction jurisdiction) => OfficeTime.DateAt(instant, OffsetOf(jurisdiction));

    public static DateOnly Today(TimeProvider clock, Jurisdiction jurisdiction) => On(clock.GetUtcNow(), jurisdiction);
}
