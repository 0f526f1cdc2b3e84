namespace Customs.IpRegister.Contracts;

/// <summary>
/// Goods of a registered object were screened but exempt as goods for personal use of a natural person, carried or
/// sent by international mail in insignificant quantities (Art. 400): logged and released.
/// </summary>
public sealed record GoodsExempted
{
    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required DateOnly ExemptedOn { get; init; }

    public required string LegalBasis { get; init; }
}
