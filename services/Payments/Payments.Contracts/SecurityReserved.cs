namespace Customs.Payments.Contracts;

/// <summary>Part of a security now secures one operation: a declaration at a customs office (Art. 337(3)).</summary>
public sealed record SecurityReserved
{
    public required Guid SecurityId { get; init; }

    public required string OperationReference { get; init; }

    public required string OfficeCode { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal AvailableRub { get; init; }
}
