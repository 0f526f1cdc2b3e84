namespace Customs.IpRegister.Api.Data;

/// <summary>A notice of a suspension to one party as stored (Art. 397(2)).</summary>
public sealed class NoticeRow
{
    public Guid SuspensionId { get; init; }

    /// <summary>The suspension's calendar code, for the office's date.</summary>
    public string Jurisdiction { get; init; } = "";

    public string Addressee { get; init; } = "";

    public string AddresseeName { get; init; } = "";

    public string AddresseeAddress { get; init; } = "";

    public string OtherPartyName { get; init; } = "";

    public string OtherPartyAddress { get; init; } = "";

    public string Reasons { get; init; } = "";

    public DateOnly SuspendedOn { get; init; }

    public DateOnly SuspendedUntil { get; init; }

    public DateOnly DueBy { get; init; }

    public DateOnly? SentOn { get; init; }

    public string? SentBy { get; init; }

    public string? SentReference { get; init; }
}
