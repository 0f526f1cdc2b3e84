using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Application;

/// <summary>Selectivity settings per office and direction, and exemptions of Art. 386.</summary>
public sealed class Selectivity(SelectionStore store, TimeProvider clock)
{
    public async Task<(SelectivitySettings Settings, DateTimeOffset At, string By)> SetAsync(SelectivitySettings s, string analyst, CancellationToken ct)
    {
        var v = new List<FieldViolation>();
        if (OfficeTimeZones.Default.TryZoneOf(s.OfficeCode) is null || s.OfficeCode.Length != 8 || !s.OfficeCode.All(char.IsAsciiDigit))
        {
            v.Add(new("settings.office_code", "must be the 8-digit code of a customs office the office data know"));
        }

        if (s.Direction == Direction.Unspecified)
        {
            v.Add(new("settings.direction", "is required: import or export"));
        }

        foreach (var (rate, field) in new[]
                 {
                     (s.ExpectedYellowRate, "expected_yellow_rate"), (s.ExpectedRedRate, "expected_red_rate"),
                     (s.ExpectedBlueRate, "expected_blue_rate"), (s.MinRandomRate, "min_random_rate"),
                 })
        {
            if (rate is < 0 or > 1)
            {
                v.Add(new("settings." + field, "must be 0 to 1"));
            }
        }

        if (s.ExpectedYellowRate + s.ExpectedRedRate + s.ExpectedBlueRate > 1)
        {
            v.Add(new("settings.expected_red_rate", "the expected yellow, red and blue rates add up to more than 1"));
        }

        if (s.RandomLane is not (Lane.Yellow or Lane.Red or Lane.Blue))
        {
            v.Add(new("settings.random_lane", "must be LANE_YELLOW, LANE_RED or LANE_BLUE"));
        }

        if (s.MaxHitsWithoutSelection < 0)
        {
            v.Add(new("settings.max_hits_without_selection", "cannot be negative"));
        }

        RequestValidationException.ThrowIfAny(v);
        var now = clock.GetStoredNow();
        await store.SaveSettingsAsync(s, analyst, now, ct);
        return (s, now, analyst);
    }

    public async Task<(SelectivitySettings Settings, DateTimeOffset At, string By)> GetAsync(string officeCode, Direction direction, CancellationToken ct) =>
        await store.GetSettingsAsync(officeCode, direction, ct)
        ?? throw new NotFoundException(ExaminationErrors.SettingsNotFound, $"No selectivity settings for office {officeCode}, {direction}.");

    public async Task<Exemption> GrantAsync(Exemption draft, string grantedBy, CancellationToken ct)
    {
        var exemption = draft with { Id = Guid.CreateVersion7(clock.GetUtcNow()) };
        RequestValidationException.ThrowIfAny(exemption.Validate());
        await store.InsertExemptionAsync(exemption, grantedBy, clock.GetStoredNow(), ct);
        return exemption;
    }
}
