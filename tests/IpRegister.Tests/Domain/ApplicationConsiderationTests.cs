using Customs.IpRegister.Api.Domain.Entries;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 394(5): "The Federal Customs Authority considers such applications within one month from the date of their
/// submission [...] Note: the customs office has the right to extend the period of consideration of the application, but
/// for not more than two months from the date of its acceptance."
/// </summary>
public sealed class ApplicationConsiderationTests
{
    // Submitted Thu 15 January 2026: due by Sun 15 February (one month); extendable to Sun 15 March (two months).
    private static readonly DateOnly Submitted = new(2026, 1, 15);

    private static ApplicationConsideration Consideration() => new(Guid.NewGuid(), Submitted, ApplicationDeadlines.DecideBy(Submitted));

    [Fact]
    public void An_application_is_due_one_month_after_submission_and_later_is_late()
    {
        var consideration = Consideration();

        Assert.Equal(new DateOnly(2026, 2, 15), consideration.DecideBy);
        Assert.False(consideration.IsLate(new DateOnly(2026, 2, 15)));
        Assert.True(consideration.IsLate(new DateOnly(2026, 2, 16)));
    }

    [Fact]
    public void The_consideration_is_extended_to_two_months_from_submission_and_no_further()
    {
        var extended = Consideration().ExtendedTo(new DateOnly(2026, 3, 15), new DateOnly(2026, 2, 10));

        Assert.Equal(new DateOnly(2026, 3, 15), extended.DecideBy);
        Assert.False(extended.IsLate(new DateOnly(2026, 3, 15)));
        Assert.Throws<RuleViolationException>(() => Consideration().ExtendedTo(new DateOnly(2026, 3, 16), new DateOnly(2026, 2, 10)));
        Assert.Throws<RuleViolationException>(() => Consideration().ExtendedTo(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 10)));
    }

    [Fact]
    public void A_term_that_has_run_out_is_not_extended() =>
        Assert.Throws<RuleViolationException>(() => Consideration().ExtendedTo(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 16)));
}
