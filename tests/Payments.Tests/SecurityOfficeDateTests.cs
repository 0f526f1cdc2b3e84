using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using Customs.TestSupport;

namespace Customs.Payments.Tests;

/// <summary>
/// A security is accepted by a customs office (Art. 340) and a reservation of a general guarantee is held by the office
/// of its operation (337(3)): the day given for either is a calendar day of that office, in its own time zone, as the
/// obligations' days are. 01.12.2026 20:00 UTC is already 02.12 in Vladivostok (UTC+10), still 01.12 in Kaliningrad (UTC+2).
/// </summary>
public sealed class SecurityOfficeDateTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly December2 = new(2026, 12, 2);

    [Fact]
    public void Tomorrow_in_Moscow_is_today_in_Vladivostok()
    {
        Securities.EnsureNotLaterThanTodayAt(Clock, "10702010", December2, "accepted_on");
    }

    [Fact]
    public void The_same_day_is_refused_at_Kaliningrad_where_it_has_not_begun()
    {
        var refused = Assert.Throws<RequestValidationException>(() =>
            Securities.EnsureNotLaterThanTodayAt(Clock, "10012010", December2, "accepted_on"));
        Assert.Contains("accepted_on", refused.Message + string.Join(' ', refused.Violations.Select(v => v.Field)));
    }
}
