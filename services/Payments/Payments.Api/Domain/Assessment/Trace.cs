namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>How one figure was computed: its base, rate, the rule applied, the legal reference and the rounding.</summary>
public sealed record Trace(string Base, string Rate, string Rule, string LegalReference, string Rounding)
{
    /// <summary>Every amount is rounded once, where it is computed, to kopecks (MinorUnits.Round).</summary>
    public const string ToKopecks = "rounded half away from zero to kopecks";

    public const string NotRounded = "not rounded";
}
