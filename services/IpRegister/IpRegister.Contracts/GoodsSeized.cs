namespace Customs.IpRegister.Contracts;

/// <summary>The competent authority seized the goods, or a court found them counterfeit: they are not released.</summary>
public sealed record GoodsSeized
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    public required DateOnly SeizedOn { get; init; }

    /// <summary>The court decision or act of seizure, by reference.</summary>
    public required string DecisionReference { get; init; }

    /// <summary>Art. 399(1): court_decision, administrative_seizure or confiscation; absent from events of before it was told.</summary>
    public string? Act { get; init; }

    /// <summary>The authority that enacted an administrative seizure or a confiscation.</summary>
    public string? Authority { get; init; }
}
