using System.Text.Json;
using Customs.Examination.Api.Domain.Risk;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

public sealed class SelectionTests
{
    /// <summary>Seeds from a fixed generator, so a run of thousands is the same run every time.</summary>
    private static Func<SelectionDraws> Seeds(int seed)
    {
        var random = new Random(seed);
        return () =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new SelectionDraws(bytes);
        };
    }

    private static (int Yellow, int Red, int Blue, SelectionCounters Counters) Run(
        int declarations, IReadOnlyList<RiskProfile> profiles, SelectivitySettings settings, Func<int, DeclarationFacts> declaration, int seed = 7)
    {
        var next = Seeds(seed);
        var counters = SelectionCounters.Empty;
        for (var i = 0; i < declarations; i++)
        {
            (_, counters) = Selector.Decide(declaration(i), profiles, settings, counters, [], next());
        }

        return (counters.Yellow, counters.Red, counters.Blue, counters);
    }

    [Fact]
    public void The_random_quota_holds_its_rate_over_twenty_thousand_declarations_within_half_a_point()
    {
        // 3% at random, nothing expected: binomial, standard deviation 0.12 points over 20,000; the tolerance is 4 of them.
        var (_, red, _, counters) = Run(20_000, [], Settings(random: 0.03m), _ => Declaration());

        Assert.Equal(20_000, counters.Total);
        Assert.InRange(red / 20_000m, 0.025m, 0.035m);
    }

    [Fact]
    public void The_top_up_holds_the_expected_rates_of_each_lane_within_a_tenth_of_a_point()
    {
        // Expected: yellow 10%, red 5%, blue 2%; 1% of them at random to red. The top-up fills each lane to its share.
        var (yellow, red, blue, _) = Run(10_000, [], Settings(yellow: 0.10m, red: 0.05m, blue: 0.02m, random: 0.01m), _ => Declaration());

        Assert.InRange(yellow / 10_000m, 0.099m, 0.101m);
        Assert.InRange(red / 10_000m, 0.049m, 0.051m);
        Assert.InRange(blue / 10_000m, 0.019m, 0.021m);
    }

    [Fact]
    public void Profile_selections_count_toward_the_expected_rate_so_the_top_up_adds_none_above_it()
    {
        // Every 4th declaration carries phones from China (25%), all sent to red by the profile; 5% red expected.
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["8517"] });
        var (_, red, _, _) = Run(4_000, [profile], Settings(red: 0.05m), i => i % 4 == 0 ? Declaration(Phones()) : Declaration(Trousers()));

        Assert.Equal(1_000, red);
    }

    [Fact]
    public void A_profile_selecting_part_of_its_hits_selects_about_that_share_and_never_lets_more_go_in_a_row_than_allowed()
    {
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["8517"] }, selectionPercent: 20);
        var next = Seeds(11);
        var counters = SelectionCounters.Empty;
        var longestRun = 0;
        var selected = 0;
        for (var i = 0; i < 5_000; i++)
        {
            (var decision, counters) = Selector.Decide(Declaration(), [profile], Settings(maxHits: 4), counters, [], next());
            selected += decision.Hits[0].Selected ? 1 : 0;
            longestRun = Math.Max(longestRun, counters.UnselectedOf(profile.Id));
        }

        // Without the cap 20%; with at most 4 unselected in a row, every 5th hit at the latest: 1 - 0.8^5 = 67.2% of runs end by a draw.
        Assert.Equal(4, longestRun);
        Assert.InRange(selected / 5_000m, 0.28m, 0.32m);
    }

    [Fact]
    public void The_top_up_selects_a_would_be_green_declaration_while_the_actual_rate_is_below_the_expected_one()
    {
        var settings = Settings(red: 0.5m);
        var below = new SelectionCounters(9, 0, 2, 0, new Dictionary<Guid, int>());
        var reached = new SelectionCounters(9, 0, 5, 0, new Dictionary<Guid, int>());

        var (topUp, after) = Selector.Decide(Declaration(), [], settings, below, [], SelectionDraws.New());
        var (green, _) = Selector.Decide(Declaration(), [], settings, reached, [], SelectionDraws.New());

        Assert.Equal((Lane.Red, SelectedBy.TopUp), (topUp.Lane, topUp.SelectedBy));
        Assert.Equal([ControlForm.DocumentVerification, ControlForm.Examination], topUp.Forms);
        Assert.Equal("top-up: Red rate 0.2222 below the expected 0.5 (2 of 9)", topUp.Reasons.Single());
        Assert.Equal((10, 3), (after.Total, after.Red));
        Assert.Equal((Lane.Green, SelectedBy.None), (green.Lane, green.SelectedBy));
    }

    [Fact]
    public void A_recorded_seed_reproduces_the_decision()
    {
        var profiles = new[] { Profile(new RiskCriteria { TariffCodePrefixes = ["8517"] }, selectionPercent: 50) };
        var settings = Settings(yellow: 0.2m, red: 0.1m, random: 0.05m);
        var counters = new SelectionCounters(40, 6, 3, 0, new Dictionary<Guid, int> { [profiles[0].Id] = 1 });
        var declaration = Declaration(Phones());

        var (first, firstCounters) = Selector.Decide(declaration, profiles, settings, counters, [], SelectionDraws.New());
        var (again, againCounters) = Selector.Decide(declaration, profiles, settings, counters, [], SelectionDraws.FromHex(first.Seed));

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(again));
        Assert.Equal(JsonSerializer.Serialize(firstCounters), JsonSerializer.Serialize(againCounters));
        Assert.Equal(32, first.Seed.Length);
    }

    [Fact]
    public void Different_seeds_give_different_draws_so_the_lane_cannot_be_told_from_the_declaration()
    {
        var draws = Enumerable.Range(0, 1_000).Select(_ => SelectionDraws.New().Uniform("random")).ToList();

        Assert.Equal(1_000, draws.Distinct().Count());
        Assert.InRange(draws.Average(), 0.45m, 0.55m);
    }

    [Fact]
    public void An_exemption_of_Art_386_drops_the_forms_it_covers_and_the_decision_says_so()
    {
        var profile = Profile(new RiskCriteria { TariffCodePrefixes = ["8517"] });
        var exemption = new Exemption(Guid.NewGuid(), "7707083893", ExemptionGround.President, [ControlForm.Examination], "Decree 1", Accepted, null);

        var (decision, counters) = Selector.Decide(Declaration(), [profile], null, SelectionCounters.Empty, [exemption], SelectionDraws.New());

        Assert.Equal(Lane.Yellow, decision.Lane);
        Assert.Equal([ControlForm.DocumentVerification], decision.Forms);
        Assert.Equal(["Examination: Art. 386(2), Decree 1"], decision.ExemptionsApplied);
        Assert.Equal(1, counters.Yellow);
    }

    [Fact]
    public void An_exemption_allows_only_the_forms_its_ground_names()
    {
        var president = new Exemption(Guid.NewGuid(), "7707083893", ExemptionGround.President, [ControlForm.DocumentVerification], "Decree 1", Accepted, null);
        var security = president with { Ground = ExemptionGround.SecurityDecision };

        Assert.Equal(["exemption.forms"], president.Validate().Select(v => v.Field));
        Assert.Empty(security.Validate());
    }
}
