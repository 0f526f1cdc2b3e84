using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.TestSupport;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 329(1): imports are paid "not later than within fifteen days from the day said goods were presented"; Art. 349(2):
/// penalties "for each calendar day of a delay ... beginning from the day following the date of expiry of the time limit".
/// The days are the calendar days of the customs office of the declaration (its time zone in the office data): Vladivostok
/// (UTC+10) starts a day seven hours before Moscow (UTC+3), Kaliningrad (UTC+2) one hour after.
/// </summary>
public sealed class ObligationOfficeDateTests
{
    private const string Vladivostok = "10702010";
    private const string Moscow = "10005000";
    private const string Kaliningrad = "10012010";

    private static readonly PenaltyCalculator Penalties = new(Book.Shipped);

    // Goods presented 01.03.2011: the term ends 16.03.2011, arrears from 17.03.2011 at the office.
    private static Obligation Owing(string? office) =>
        new("d-1", Obligation.DueDateFor(new DateOnly(2011, 3, 1)), 100_000m, 0, 0, 0, null) { CustomsOfficeCode = office };

    [Theory]
    [InlineData(Vladivostok, "2011-03-16T14:00:00Z")]
    [InlineData(Moscow, "2011-03-16T21:00:00Z")]
    [InlineData(Kaliningrad, "2011-03-16T22:00:00Z")]
    public void Arrears_begin_when_the_office_day_after_the_term_begins(string office, string instant)
    {
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Owing(office).ArrearsBeginAt);
    }

    [Fact]
    public void At_15_00_UTC_on_the_last_day_of_the_term_Vladivostok_is_a_day_late_and_Kaliningrad_is_not()
    {
        // 16.03.2011 15:00 UTC: 17.03 01:00 in Vladivostok, 16.03 17:00 in Kaliningrad.
        var clock = new FixedClock(new DateTimeOffset(2011, 3, 16, 15, 0, 0, TimeSpan.Zero));
        var vladivostok = Owing(Vladivostok);
        var kaliningrad = Owing(Kaliningrad);

        Assert.Equal((new DateOnly(2011, 3, 17), new DateOnly(2011, 3, 16)), (vladivostok.Today(clock), kaliningrad.Today(clock)));
        // One day (17.03) on 100,000 at 1/300 of 8% (the refinancing rate then) = 26.67 in Vladivostok; none in Kaliningrad.
        Assert.Equal(26.67m, vladivostok.PenaltyTo(vladivostok.Today(clock), Penalties).AmountRub);
        Assert.Equal(0m, kaliningrad.PenaltyTo(kaliningrad.Today(clock), Penalties).AmountRub);
    }

    [Fact]
    public void An_obligation_opened_before_offices_were_recorded_keeps_Moscow_days()
    {
        var clock = new FixedClock(new DateTimeOffset(2011, 3, 16, 21, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2011, 3, 17), Owing(null).Today(clock));
        Assert.Equal(Owing(Moscow).ArrearsBeginAt, Owing(null).ArrearsBeginAt);
    }
}
