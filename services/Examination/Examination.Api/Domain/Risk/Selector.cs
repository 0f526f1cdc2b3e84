using System.Globalization;

namespace Customs.Examination.Api.Domain.Risk;

/// <summary>
/// Selection of one declaration (Art. 358): profiles first, then the random quota, then the top-up from would-be-green
/// declarations while a lane's actual rate is below the expected one; Art. 386 exemptions last. Pure: the same facts,
/// profiles, settings, counters, exemptions and seed give the same decision.
/// </summary>
public static class Selector
{
    private static readonly Lane[] TopUpOrder = [Lane.Red, Lane.Yellow, Lane.Blue];

    public static (ControlDecision Decision, SelectionCounters Counters) Decide(
        DeclarationFacts facts, IReadOnlyList<RiskProfile> profiles, SelectivitySettings? settings, SelectionCounters counters,
        IReadOnlyList<Exemption> exemptions, SelectionDraws draws)
    {
        var hits = new List<ProfileHit>();
        foreach (var profile in profiles.OrderBy(p => p.Id))
        {
            if (ProfileEvaluator.Evaluate(profile, facts) is not { } matched)
            {
                continue;
            }

            hits.Add(Hit(profile, matched, settings, counters, draws));
        }

        var reasons = new List<string>();
        var selected = hits.Where(h => h.Selected).ToList();
        var lane = Lane.Green;
        IReadOnlyList<ControlForm> forms = [];
        var by = SelectedBy.None;
        if (selected.Count > 0)
        {
            lane = selected.MaxBy(h => LaneForms.Weight(h.Lane))!.Lane;
            forms = [.. selected.SelectMany(h => profiles.First(p => p.Id == h.ProfileId).Forms).Distinct().Order()];
            by = SelectedBy.Profile;
            reasons.AddRange(selected.Select(h => $"profile {h.ProfileName} (v{h.ProfileVersion}) → {h.Lane}: {string.Join("; ", h.Matched)}"));
        }
        else if (settings is not null && draws.Uniform("random") is var u && u < settings.MinRandomRate)
        {
            (lane, forms, by) = (settings.RandomLane, LaneForms.DefaultFor(settings.RandomLane), SelectedBy.Random);
            reasons.Add($"random selection: drawn {F(u)} < minimum random rate {F(settings.MinRandomRate)}");
        }
        else if (settings is not null && TopUp(settings, counters, draws) is ({ } topUp, var why))
        {
            (lane, forms, by) = (topUp, LaneForms.DefaultFor(topUp), SelectedBy.TopUp);
            reasons.Add(why);
        }
        else
        {
            reasons.Add(hits.Count == 0 ? "no profile hit; not drawn" : "profiles hit but none selected; not drawn");
        }

        var exempted = new List<string>();
        var applicable = exemptions.Where(e => e.InForceOn(facts.AcceptanceDate) && facts.TaxpayerNumbers.Contains(e.TaxpayerNumber)).ToList();
        foreach (var exemption in applicable)
        {
            foreach (var form in forms.Intersect(exemption.Forms).ToList())
            {
                exempted.Add($"{form}: {Exemption.Article(exemption.Ground)}, {exemption.ActReference}");
                forms = [.. forms.Where(f => f != form)];
            }
        }

        if (exempted.Count > 0)
        {
            var before = lane;
            lane = LaneForms.LaneOf(forms);
            reasons.Add($"exempted ({string.Join("; ", exempted)}): lane {before} → {lane}");
        }

        var decision = new ControlDecision(lane, forms, hits, by, reasons, exempted, draws.SeedHex);
        return (decision, counters.After(lane, hits.Select(h => (h.ProfileId, h.Selected))));
    }

    private static ProfileHit Hit(RiskProfile profile, IReadOnlyList<string> matched, SelectivitySettings? settings, SelectionCounters counters, SelectionDraws draws)
    {
        var share = profile.SelectionPercent / 100m;
        var u = draws.Uniform($"profile:{profile.Id:N}");
        var inARow = counters.UnselectedOf(profile.Id);
        var selected = u < share;
        var why = selected ? $"selected: drawn {F(u)} < {F(share)}" : $"not selected: drawn {F(u)} ≥ {F(share)}";
        if (!selected && settings is not null && inARow >= settings.MaxHitsWithoutSelection)
        {
            selected = true;
            why = $"selected: {inARow} hits in a row went unselected (at most {settings.MaxHitsWithoutSelection})";
        }

        return new(profile.Id, profile.Version, profile.Name, profile.Lane, selected, matched, why);
    }

    /// <summary>
    /// The first lane (red, yellow, blue) whose count is short of its expected share of the declarations so far, this one
    /// included: a whole declaration short selects, a fraction selects with that chance, so the rate holds without a pattern.
    /// </summary>
    private static (Lane? Lane, string Why) TopUp(SelectivitySettings settings, SelectionCounters counters, SelectionDraws draws)
    {
        foreach (var lane in TopUpOrder)
        {
            var expected = settings.ExpectedRate(lane);
            var deficit = expected * (counters.Total + 1) - counters.Count(lane);
            if (deficit <= 0)
            {
                continue;
            }

            var actual = counters.Total == 0 ? 0 : (decimal)counters.Count(lane) / counters.Total;
            if (deficit >= 1 || draws.Uniform($"top-up:{lane}") < deficit)
            {
                return (lane, $"top-up: {lane} rate {F(actual)} below the expected {F(expected)} ({counters.Count(lane)} of {counters.Total})");
            }
        }

        return (null, "");
    }

    private static string F(decimal value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
