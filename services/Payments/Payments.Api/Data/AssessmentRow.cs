namespace Customs.Payments.Api.Data;

public sealed class AssessmentRow
{
    public string DeclarationId { get; init; } = "";
    public int Version { get; init; }
    public string Kind { get; init; } = "";
    public DateOnly AcceptanceDate { get; init; }
    public string RecipientId { get; init; } = "";
    public string Items { get; init; } = "";
    public string Document { get; init; } = "";
    public decimal TotalRub { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset AssessedAt { get; init; }
    public string AssessedBy { get; init; } = "";
}
