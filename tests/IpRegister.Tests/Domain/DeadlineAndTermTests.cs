using Customs.IpRegister.Api.Domain.Entries;

namespace Customs.IpRegister.Tests.Domain;

public sealed class DeadlineAndTermTests
{
    [Fact]
    public void An_application_is_decided_within_one_month_of_submission() =>
        Assert.Equal(new DateOnly(2026, 4, 2), ApplicationDeadlines.DecideBy(new DateOnly(2026, 3, 2)));

    [Fact]
    public void A_month_from_31_January_ends_on_the_last_day_of_February() =>
        Assert.Equal(new DateOnly(2026, 2, 28), ApplicationDeadlines.DecideBy(new DateOnly(2026, 1, 31)));

    [Fact]
    public void Consideration_may_be_extended_to_two_months_but_not_beyond()
    {
        var submitted = new DateOnly(2026, 3, 2);
        Assert.Equal(new DateOnly(2026, 5, 2), ApplicationDeadlines.LatestExtendedDecideBy(submitted));
        Assert.True(ApplicationDeadlines.CanExtendTo(submitted, new DateOnly(2026, 5, 2)));
        Assert.False(ApplicationDeadlines.CanExtendTo(submitted, new DateOnly(2026, 5, 3)));
        Assert.False(ApplicationDeadlines.CanExtendTo(submitted, new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void The_applicant_is_told_of_the_decision_within_three_days() =>
        Assert.Equal(new DateOnly(2026, 3, 2), ApplicationDeadlines.NotifyApplicantBy(new DateOnly(2026, 2, 27)));

    [Fact]
    public void An_entry_lasts_the_requested_term_when_shorter_than_five_years_and_the_protection() =>
        Assert.Equal(new DateOnly(2027, 6, 30), EntryTerm.Until(new DateOnly(2026, 3, 1), new DateOnly(2027, 6, 30), new DateOnly(2033, 6, 30)));

    [Fact]
    public void An_entry_lasts_at_most_five_years_from_entry() =>
        Assert.Equal(new DateOnly(2031, 3, 1), EntryTerm.Until(new DateOnly(2026, 3, 1), new DateOnly(2035, 1, 1), new DateOnly(2033, 6, 30)));

    [Fact]
    public void An_entry_never_outlasts_the_objects_legal_protection() =>
        Assert.Equal(new DateOnly(2029, 12, 31), EntryTerm.Until(new DateOnly(2026, 3, 1), new DateOnly(2035, 1, 1), new DateOnly(2029, 12, 31)));

    [Fact]
    public void An_extension_runs_five_years_from_its_decision_within_the_protection()
    {
        var extended = EntryTerm.Extended(new DateOnly(2030, 12, 1), new DateOnly(2031, 3, 1), new DateOnly(2040, 1, 1), new DateOnly(2038, 6, 30));
        Assert.Equal(new DateOnly(2035, 12, 1), extended);
        var capped = EntryTerm.Extended(new DateOnly(2030, 12, 1), new DateOnly(2031, 3, 1), new DateOnly(2040, 1, 1), new DateOnly(2032, 6, 30));
        Assert.Equal(new DateOnly(2032, 6, 30), capped);
    }
}
