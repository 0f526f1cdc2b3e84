using Customs.BuildingBlocks.Calendar;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.China;

namespace Customs.IpRegister.Tests.Domain;

public sealed class ChinaProfileTests
{
    private static readonly WorkingCalendar China = WorkingCalendars.Default.China;

    [Theory]
    [InlineData("15000", "15000")]       // (1) under 20,000: the value
    [InlineData("19999.99", "19999.99")]
    [InlineData("20000", "20000")]       // (2) 50% is 10,000, raised to the 20,000 floor
    [InlineData("30000", "20000")]       // 50% is 15,000, raised to the floor
    [InlineData("50000", "25000")]       // 50%
    [InlineData("200000", "100000")]     // 50%
    [InlineData("200000.01", "100000")]  // (3) over 200,000: 100,000
    [InlineData("1000000", "100000")]
    public void The_holders_security_follows_the_value_of_the_goods(string value, string security) =>
        Assert.Equal(Money.Cny(decimal.Parse(security)), ChinaSecurity.ForGoodsValue(Money.Cny(decimal.Parse(value))));

    [Fact]
    public void A_general_guarantee_is_at_least_200_000_RMB_and_valid_to_31_December()
    {
        var guarantee = GeneralGuarantee.Required(Money.Cny(150_000m), new DateOnly(2026, 3, 10));
        Assert.Equal(Money.Cny(200_000m), guarantee.Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), guarantee.ValidUntil);
        Assert.False(guarantee.Covers(new DateOnly(2027, 1, 1)));
        Assert.Equal(Money.Cny(350_000m), GeneralGuarantee.Required(Money.Cny(350_000m), new DateOnly(2026, 3, 10)).Amount);
    }

    [Fact]
    public void The_holder_answers_within_3_working_days_counting_the_adjusted_Saturday_before_Spring_Festival()
    {
        // Fri 13 Feb: Sat 14 Feb is a working day (1), 15–23 Feb off, 24 Feb (2), 25 Feb (3).
        Assert.Equal(new DateOnly(2026, 2, 25), ChinaDeadlines.HolderAnswerDue(new DateOnly(2026, 2, 13), China));
    }

    [Fact]
    public void Customs_investigates_for_30_working_days_across_the_National_Day_holidays()
    {
        // Fri 18 Sep: Sun 20 Sep works (1), 21–24 (5), 25–27 off, 28–30 (8), 1–7 Oct off, 8–9 (10), Sat 10 Oct works (11),
        // 12–16 (16), 19–23 (21), 26–30 (26), 2–5 Nov (30).
        Assert.Equal(new DateOnly(2026, 11, 5), ChinaDeadlines.InvestigationDue(new DateOnly(2026, 9, 18), China));
    }

    [Fact]
    public void A_courts_assistance_notice_is_awaited_50_working_days()
    {
        // Thu 30 Apr: 1–5 May off, 6–8 (3), Sat 9 May works (4), 11 May–18 Jun (33), 19 Jun off, 22 Jun–10 Jul (48), 13–14 Jul (50).
        Assert.Equal(new DateOnly(2026, 7, 14), ChinaDeadlines.CourtAssistanceDue(new DateOnly(2026, 4, 30), China));
    }

    [Fact]
    public void Personal_articles_are_detained_only_beyond_a_reasonable_quantity_unless_renounced()
    {
        Assert.False(PersonalArticles.Detained(2, 5, renounced: false));
        Assert.True(PersonalArticles.Detained(6, 5, renounced: false));
        Assert.False(PersonalArticles.Detained(6, 5, renounced: true));
    }

    [Fact]
    public void Offices_with_a_CN_code_use_the_Chinese_rule_set()
    {
        Assert.Equal(Jurisdiction.China, CustomsOffices.JurisdictionOf("CN5301"));
        Assert.Equal(Jurisdiction.Russia, CustomsOffices.JurisdictionOf("10005000"));
    }
}
