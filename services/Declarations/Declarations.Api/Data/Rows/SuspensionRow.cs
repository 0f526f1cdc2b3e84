namespace Customs.Declarations.Api.Data.Rows;

internal sealed class SuspensionRow
{
    public Guid SuspensionId { get; set; }
    public Guid DeclarationId { get; set; }
    public DateTime? SuspendedOn { get; set; }
    public DateTime? SuspendedUntil { get; set; }
    public DateTime? LiftedOn { get; set; }
    public DateTime? SeizedOn { get; set; }
    public bool? PendingDecision { get; set; }
    public DateTime? DecidedOn { get; set; }
    public string? DecisionReference { get; set; }
    public string? DecidedByRole { get; set; }
}
