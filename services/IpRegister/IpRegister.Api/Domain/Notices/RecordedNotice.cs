namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>
/// A notice as customs keeps it (Art. 397(2)): what it says, the suspension's customs office (whose date judges it
/// overdue), and when, by whom and how it went out.
/// </summary>
public sealed record RecordedNotice(SuspensionNotice Notice, string CustomsOfficeCode, DateOnly? SentOn, string? SentBy, string? SentReference)
{
    public bool Sent => SentOn is not null;

    /// <summary>Not sent by the end of its day, <paramref name="today"/> being the date at the suspension's office.</summary>
    public bool IsOverdueOn(DateOnly today) => !Sent && today > Notice.DueBy;
}
