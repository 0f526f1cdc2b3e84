namespace Customs.Declarations.Contracts;

/// <summary>The goods of the declaration were released.</summary>
public sealed record GoodsReleased
{
    public required Guid DeclarationId { get; init; }

    public required string RegistrationNumber { get; init; }

    public required DateTimeOffset ReleasedAt { get; init; }

    public required string OfficerId { get; init; }
}
