namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>
/// Art. 342(4): the Federal Customs Authority sets for each organisation in the register "the minimal amount of a bank
/// guarantee and the maximal amount of all concurrent bank guaranties"; the issue adds a most per guarantee.
/// </summary>
public sealed record GuarantorLimits(decimal MinPerGuaranteeRub, decimal MaxPerGuaranteeRub, decimal MaxConcurrentRub)
{
    /// <summary>What is wrong with the figures, by field: none when min ≤ per guarantee ≤ concurrent and all are positive.</summary>
    public IEnumerable<(string Field, string Problem)> Problems()
    {
        if (MinPerGuaranteeRub <= 0 || MaxPerGuaranteeRub <= 0 || MaxConcurrentRub <= 0)
        {
            yield return ("limits", "every limit must be more than zero");
        }

        if (MinPerGuaranteeRub > MaxPerGuaranteeRub)
        {
            yield return ("limits.min_per_guarantee", "cannot exceed max_per_guarantee");
        }

        if (MaxPerGuaranteeRub > MaxConcurrentRub)
        {
            yield return ("limits.max_per_guarantee", "cannot exceed max_concurrent");
        }
    }
}
