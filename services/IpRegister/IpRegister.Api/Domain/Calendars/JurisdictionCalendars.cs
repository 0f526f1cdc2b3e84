using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>The working-day calendar of each jurisdiction the service serves, built once.</summary>
public sealed class JurisdictionCalendars
{
    private readonly WorkingCalendar _russia = RussianCalendar.Create(2024, 2032);
    private readonly WorkingCalendar _china = ChinaCalendar.Create(2024, 2032);

    public WorkingCalendar For(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.China ? _china : _russia;
}
