namespace Customs.Examination.Contracts;

/// <summary>What an inspection or examination found of one goods item.</summary>
public sealed record ExaminedItem
{
    public required int ItemNumber { get; init; }

    public required decimal DeclaredQuantity { get; init; }

    /// <summary>Null when not counted.</summary>
    public decimal? QuantityFound { get; init; }

    public required string Unit { get; init; }

    public string? Description { get; init; }

    public string? Marks { get; init; }

    public IReadOnlyList<string> Discrepancies { get; init; } = [];

    /// <summary>Art. 372(4): the items of the same name the result applies to.</summary>
    public IReadOnlyList<int> AppliesToItems { get; init; } = [];
}
