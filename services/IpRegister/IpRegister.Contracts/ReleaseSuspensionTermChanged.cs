namespace Customs.IpRegister.Contracts;

/// <summary>
/// The last day of a suspension moved for a reason other than an extension: at a Chinese office the written notice
/// reached the holder (GAC Art. 22: 3 working days from delivery) or the goods were detained (Art. 29: 50 working days
/// from detaining); anywhere, a provisional term counted again when a year's calendar act was loaded. The goods stay
/// unreleased; <see cref="SuspendedUntil"/> replaces the last day known (earlier or later).
/// </summary>
public sealed record ReleaseSuspensionTermChanged
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required DateOnly SuspendedUntil { get; init; }

    /// <summary>The new last day is still counted across a year without its official calendar act.</summary>
    public required bool Provisional { get; init; }

    /// <summary>gac_notice_delivered, gac_detained or calendar_recounted.</summary>
    public required string Cause { get; init; }

    public required string LegalBasis { get; init; }

    /// <summary>
    /// When the IP register moved the term (its clock, UTC). Two moves of one suspension can be delivered in either
    /// order; a consumer keeps the latest and skips an older one. Null only from a register before this field.
    /// </summary>
    public DateTimeOffset? ChangedAt { get; init; }
}
