namespace Customs.IpRegister.Contracts;

/// <summary>Every goods item of a declaration was screened against the customs register of IP objects.</summary>
public sealed record ScreeningCompleted
{
    public required Guid DeclarationId { get; init; }

    public required DateTimeOffset ScreenedAt { get; init; }

    public required IReadOnlyList<ItemScreening> Items { get; init; }
}
