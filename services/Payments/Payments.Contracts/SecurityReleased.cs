namespace Customs.Payments.Contracts;

/// <summary>The obligation an operation's reservation secured was met or ended: the amount is available again (Art. 337(5)).</summary>
public sealed record SecurityReleased
{
    public required Guid SecurityId { get; init; }

    public required string OperationReference { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required DateOnly ReleasedOn { get; init; }
}
