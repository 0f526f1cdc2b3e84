using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Inspections;
using Customs.IpRegister.Api.Domain.Notices;

namespace Customs.IpRegister.Api.Data;

/// <summary>A permission to inspect or sample suspended goods as stored (Art. 398).</summary>
internal sealed class InspectionPermissionRow
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

    public static InspectionPermissionRow From(InspectionPermission permission) => new()
    {
        Id = permission.Id,
        SuspensionId = permission.SuspensionId,
        Party = EnumCodes.Of(permission.Party),
        GranteeName = permission.GranteeName,
        Actions = [.. permission.Actions.Select(EnumCodes.Of)],
        PermissionReference = permission.PermissionReference,
        GrantedOn = permission.GrantedOn,
        GrantedBy = permission.GrantedBy,
        GrantedByRole = EnumCodes.Of(permission.GrantedByRole),
        ValidUntil = permission.ValidUntil,
        ConfidentialityCondition = permission.ConfidentialityCondition,
    };

    public InspectionPermission ToDomain() => new(
        Id, SuspensionId, EnumCodes.Parse<SuspensionParty>(Party), GranteeName, [.. Actions.Select(EnumCodes.Parse<InspectionAction>)],
        PermissionReference, GrantedOn, GrantedBy, EnumCodes.Parse<OfficerRole>(GrantedByRole), ValidUntil, ConfidentialityCondition);
}
