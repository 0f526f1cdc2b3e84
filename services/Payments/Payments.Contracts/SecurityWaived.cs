namespace Customs.Payments.Contracts;

/// <summary>An officer decided that no security is required of a declaration or one operation of it (Art. 337(2)).</summary>
public sealed record SecurityWaived
{
    public required Guid WaiverId { get; init; }

    public required string WaiverReference { get; init; }

    public required string DeclarationId { get; init; }

    /// <summary>Empty: the whole declaration.</summary>
    public required string OperationReference { get; init; }

    public required string OfficeCode { get; init; }

    public required string Reason { get; init; }

    public required DateOnly DecidedOn { get; init; }
}
