namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>What was found of one goods item; <see cref="AppliesToItems"/> are the items the result covers (Art. 372(4)).</summary>
public sealed record ItemFinding(
    int ItemNumber, decimal DeclaredQuantity, string Unit, decimal? QuantityFound, decimal? ExaminedQuantity, string Description, string Marks,
    IReadOnlyList<string> Discrepancies, bool AdditionalExaminationDemanded, IReadOnlyList<int> AppliesToItems)
{
    /// <summary>Arts. 371(3), 372(5): the quantity does not tally with the declaration, so customs determines it.</summary>
    public bool QuantityDiffers => QuantityFound is { } found && found != DeclaredQuantity;

    public bool HasDiscrepancy => QuantityDiffers || Discrepancies.Count > 0;
}
