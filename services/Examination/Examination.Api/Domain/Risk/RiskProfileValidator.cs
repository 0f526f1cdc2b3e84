using System.Text.RegularExpressions;
using Customs.ServiceDefaults;

namespace Customs.Examination.Api.Domain.Risk;

/// <summary>Every problem of a profile as written, one field violation each: a bad profile is never stored.</summary>
public static partial class RiskProfileValidator
{
    public static IReadOnlyList<FieldViolation> Validate(RiskProfile p, string prefix = "profile.")
    {
        var v = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            v.Add(new(prefix + "name", "is required"));
        }

        ValidateCriteria(p.Criteria, prefix + "criteria.", v);
        if (p.Lane is not (Lane.Yellow or Lane.Red or Lane.Blue))
        {
            v.Add(new(prefix + "lane", "must be LANE_YELLOW, LANE_RED or LANE_BLUE: a profile sends its hits to control"));
        }

        if (p.Forms.Count == 0 || p.Forms.Contains(ControlForm.Unspecified))
        {
            v.Add(new(prefix + "forms", "needs at least one form of control of Art. 366, none unspecified"));
        }
        else if (p.Forms.Distinct().Count() != p.Forms.Count)
        {
            v.Add(new(prefix + "forms", "names a form twice"));
        }
        else if (p.Lane is Lane.Yellow or Lane.Red or Lane.Blue && LaneForms.LaneOf(p.Forms) != p.Lane)
        {
            v.Add(new(prefix + "forms", p.Lane switch
            {
                Lane.Red => "a red profile calls for a physical form: examination, inspection, personal search or premises inspection",
                Lane.Blue => "a blue profile calls only for the audit after release (Art. 366[10])",
                _ => "a yellow profile calls for no physical form and not only the audit",
            }));
        }

        for (var i = 0; i < p.OfficeCodePrefixes.Count; i++)
        {
            if (!OfficePrefix().IsMatch(p.OfficeCodePrefixes[i]))
            {
                v.Add(new($"{prefix}office_code_prefixes[{i}]", "must be 1 to 8 digits"));
            }
        }

        if (p.EffectiveFrom == default)
        {
            v.Add(new(prefix + "effective_from", "is required"));
        }
        else if (p.EffectiveUntil < p.EffectiveFrom)
        {
            v.Add(new(prefix + "effective_until", "cannot be before effective_from"));
        }

        if (p.SelectionPercent is < 1 or > 100)
        {
            v.Add(new(prefix + "selection_percent", "must be 1 to 100"));
        }

        return v;
    }

    private static void ValidateCriteria(RiskCriteria c, string prefix, List<FieldViolation> v)
    {
        if (!c.HasDeclarationCriteria && !c.HasItemCriteria)
        {
            v.Add(new(prefix.TrimEnd('.'), "needs at least one criterion: a profile without one would hit every declaration"));
        }

        if (c.DeclarationKinds.Contains(DeclarationKind.Unspecified))
        {
            v.Add(new(prefix + "declaration_kinds", "cannot name an unspecified kind"));
        }

        Each(c.TaxpayerNumbers, TaxpayerNumber(), prefix + "taxpayer_numbers", "must be 10 or 12 digits", v);
        Each(c.TariffCodePrefixes, TariffPrefix(), prefix + "tariff_code_prefixes", "must be 2 to 10 digits of the tariff code", v);
        Each(c.OriginCountries, Country(), prefix + "origin_countries", "must be an ISO 3166 alpha-2 code (2 capital letters)", v);
        Each(c.DispatchCountries, Country(), prefix + "dispatch_countries", "must be an ISO 3166 alpha-2 code (2 capital letters)", v);
        for (var i = 0; i < c.Brands.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Brands[i]))
            {
                v.Add(new($"{prefix}brands[{i}]", "cannot be blank"));
            }
        }

        if (c.MinPriorDiscrepancies < 0)
        {
            v.Add(new(prefix + "min_prior_discrepancies", "cannot be negative"));
        }

        Band(c.UnitValueOutside, prefix + "unit_value_outside", v);
        Band(c.GrossWeightKg, prefix + "gross_weight_kg", v);
        if (c.UnitValueOutside is not null && (c.UnitValueCurrency is null || !Currency().IsMatch(c.UnitValueCurrency)))
        {
            v.Add(new(prefix + "unit_value_currency", "is required with unit_value_outside: an ISO 4217 code (3 capital letters)"));
        }
        else if (c.UnitValueOutside is null && !string.IsNullOrEmpty(c.UnitValueCurrency))
        {
            v.Add(new(prefix + "unit_value_currency", "is set without unit_value_outside"));
        }
    }

    private static void Band(DecimalBand? band, string field, List<FieldViolation> v)
    {
        if (band is null)
        {
            return;
        }

        if (band.Min is null && band.Max is null)
        {
            v.Add(new(field, "needs min, max or both"));
        }
        else if (band.Min < 0 || band.Max < 0)
        {
            v.Add(new(field, "cannot be negative"));
        }
        else if (band.Min > band.Max)
        {
            v.Add(new(field + ".max", "cannot be below min"));
        }
    }

    private static void Each(IReadOnlyList<string> values, Regex pattern, string field, string problem, List<FieldViolation> v)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!pattern.IsMatch(values[i]))
            {
                v.Add(new($"{field}[{i}]", problem));
            }
        }
    }

    [GeneratedRegex("^[0-9]{1,8}$")]
    private static partial Regex OfficePrefix();

    [GeneratedRegex("^([0-9]{10}|[0-9]{12})$")]
    private static partial Regex TaxpayerNumber();

    [GeneratedRegex("^[0-9]{2,10}$")]
    private static partial Regex TariffPrefix();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Country();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
