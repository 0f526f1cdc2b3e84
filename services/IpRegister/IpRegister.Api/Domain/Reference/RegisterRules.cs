namespace Customs.IpRegister.Api.Domain.Reference;

/// <summary>The terms and amounts of the Russian procedure in force from a date (reference data, not constants).</summary>
public sealed record RegisterRules
{
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Art. 395(2): at least 500,000 roubles.</summary>
    public required Money MinimumSecurity { get; init; }

    /// <summary>Art. 396: at most five years from entry.</summary>
    public required int MaxEntryYears { get; init; }

    /// <summary>Art. 394(5): decided within one month of submission.</summary>
    public required int DecisionMonths { get; init; }

    /// <summary>Art. 394(5): extendable, but to not more than two months.</summary>
    public required int MaxDecisionMonths { get; init; }

    /// <summary>Art. 394(5): the applicant is told in writing within three days.</summary>
    public required int ApplicantNoticeDays { get; init; }

    /// <summary>Art. 397(1): ten working days.</summary>
    public required int SuspensionWorkingDays { get; init; }

    /// <summary>Art. 397(1): at most ten more working days.</summary>
    public required int MaxExtensionWorkingDays { get; init; }

    /// <summary>
    /// Art. 400 "insignificant quantities": the most units of one item still treated as personal use.
    /// The Code gives no figure; this is the office's reference value.
    /// </summary>
    public required decimal PersonalUseMaxQuantity { get; init; }
}
