namespace Customs.Declarations.Api.Data.Rows;

internal sealed class DeclarationRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Kind { get; set; } = "";
    public string Direction { get; set; } = "";
    public string Status { get; set; } = "";
    public string CustomsOfficeCode { get; set; } = "";
    public string FiledBy { get; set; } = "";
    public DateTime FiledAt { get; set; }
    public string Content { get; set; } = "";
    public string? Assessment { get; set; }
    public string? RegistrationNumber { get; set; }
    public DateTime? AcceptanceDate { get; set; }
    public DateTime? RegisteredAt { get; set; }
    public DateTime? ControlDeadline { get; set; }
    public bool ControlDeadlineProvisional { get; set; }
    public string ControlTermExtensions { get; set; } = "[]";
}
