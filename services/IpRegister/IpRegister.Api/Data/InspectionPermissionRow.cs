namespace Customs.IpRegister.Api.Data;

/// <summary>A permission to inspect or sample suspended goods as stored (Art. 398).</summary>
public sealed class InspectionPermissionRow
{
    public Guid Id { get; init; }

    public Guid SuspensionId { get; init; }

    public string Party { get; init; } = "";

    public string GranteeName { get; init; } = "";

    public string[] Actions { get; init; } = [];

    public string PermissionReference { get; init; } = "";

    public DateOnly GrantedOn { get; init; }

    public string GrantedBy { get; init; } = "";

    public string GrantedByRole { get; init; } = "";

    public DateOnly ValidUntil { get; init; }

    public string ConfidentialityCondition { get; init; } = "";
}
