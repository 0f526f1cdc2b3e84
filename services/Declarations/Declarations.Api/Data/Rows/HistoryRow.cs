namespace Customs.Declarations.Api.Data.Rows;

internal sealed class HistoryRow
{
    public Guid DeclarationId { get; set; }
    public int Sequence { get; set; }
    public string FromStatus { get; set; } = "";
    public string ToStatus { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTime At { get; set; }
    public string LegalBasis { get; set; } = "";
    public string? Note { get; set; }
}
