using Customs.BuildingBlocks.Identity;
using Grpc.Core;

namespace Customs.Declarations.Api.Grpc;

/// <summary>
/// Who calls, from the metadata the suite's gateways set: <c>x-declarant-id</c> for declarants' systems,
/// <c>x-officer-id</c> and <c>x-officer-role</c> for customs officers. The one place this service reads them.
/// </summary>
public sealed record Caller(string? DeclarantId, string? OfficerId, OfficerRole OfficerRole)
{
    /// <summary>Every role of the suite (inspector, deputy_head, head) may act on declarations; none of its actions is the head's alone.</summary>
    public bool IsOfficer => !string.IsNullOrWhiteSpace(OfficerId) && OfficerRole.IsOfficer();

    public static Caller From(ServerCallContext context)
    {
        string? Header(string name) => context.RequestHeaders.GetValue(name) is { Length: > 0 } value ? value : null;
        return new Caller(Header("x-declarant-id"), Header("x-officer-id"), OfficerRoles.Parse(Header(OfficerRoles.Header)));
    }

    public string RequireOfficer()
    {
        if (!IsOfficer)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"This action needs a customs officer: x-officer-id and {OfficerRoles.Header} ({string.Join(", ", OfficerRoles.Codes)})."));
        }

        return OfficerId!;
    }

    public string RequireDeclarant() =>
        DeclarantId ?? throw new RpcException(new Status(StatusCode.PermissionDenied, "This action needs a declarant: x-declarant-id."));

    /// <summary>Officers see every declaration; a declarant only those it filed.</summary>
    public void RequireMayRead(string filedBy)
    {
        if (IsOfficer)
        {
            return;
        }

        if (RequireDeclarant() != filedBy)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "A declarant may see only the declarations it filed."));
        }
    }
}
