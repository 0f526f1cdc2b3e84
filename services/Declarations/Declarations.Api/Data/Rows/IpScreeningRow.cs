namespace Customs.Declarations.Api.Data.Rows;

internal sealed class IpScreeningRow
{
    public Guid DeclarationId { get; set; }
    public int ItemNumber { get; set; }
    public string Outcome { get; set; } = "";
    public Guid? RegisterEntryId { get; set; }
    public DateTime ScreenedAt { get; set; }
    public Guid? SuspensionId { get; set; }
}
