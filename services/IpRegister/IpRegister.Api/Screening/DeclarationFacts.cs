using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Api.Screening;

/// <summary>A declaration (or a batch without one) as screening and its measures need it.</summary>
public sealed record DeclarationFacts
{
    /// <summary>Null for a lookup that applies no measures.</summary>
    public Guid? DeclarationId { get; init; }

    public string? RegistrationNumber { get; init; }

    public required string CustomsOfficeCode { get; init; }

    public required string DeclarantName { get; init; }

    public required string DeclarantAddress { get; init; }

    public required ScreeningContext Context { get; init; }

    public required IReadOnlyList<ScreenedItem> Items { get; init; }
}
