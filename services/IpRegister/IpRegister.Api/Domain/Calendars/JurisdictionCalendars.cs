using Customs.BuildingBlocks.Calendar;

namespace Customs.IpRegister.Api.Domain.Calendars;

/// <summary>The shared working-day calendar (<see cref="WorkingCalendars"/>) of each rule set the service applies.</summary>
public sealed class JurisdictionCalendars(WorkingCalendars calendars)
{
    public WorkingCalendar For(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.China ? calendars.China : calendars.Russia;
}
