using Grpc.Core;

namespace Customs.Declarations.Api.Grpc;

/// <summary>
/// Who calls, from the metadata the suite's gateways set: <c>x-declarant-id</c> for declarants' systems,
/// <c>x-officer-id</c> and <c>x-officer-role</c> for customs officers. The one place this service reads them.
/// </summary>
public sealed record Caller(string? DeclarantId, string? OfficerId, string? OfficerRole)
{
    /// <summary>Roles that may act on declarations: an inspector, or a chief of a customs office (or their deputy).</summary>
    public static readonly IReadOnlySet<string> OfficerRoles = new HashSet<string>(StringComparer.Ordinal) { "inspector", "chief" };

    public bool IsOfficer => !string.IsNullOrWhiteSpace(OfficerId) && OfficerRole is not null && OfficerRoles.Contains(OfficerRole);

    public static Caller From(ServerCallContext context)
    {
        string? Header(string name) => context.RequestHeaders.GetValue(name) is { Length: > 0 } value ? value : null;
        return new Caller(Header("x-declarant-id"), Header("x-officer-id"), Header("x-officer-role"));
    }

    public string RequireOfficer()
    {
        if (!IsOfficer)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"This action needs a customs officer: x-officer-id and x-officer-role ({string.Join(" or ", OfficerRoles)})."));
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
