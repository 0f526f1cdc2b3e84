namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>Arts. 397(1), 399(4): suspension, extension and lifting are decided in writing by the head of the office or the deputy.</summary>
public static class SuspensionAuthority
{
    public static bool MayDecide(OfficerRole role) => role is OfficerRole.Head or OfficerRole.DeputyHead;

    public static OfficerRole Parse(string? header) => header?.Trim().ToLowerInvariant() switch
    {
        "head" => OfficerRole.Head,
        "deputy_head" => OfficerRole.DeputyHead,
        "officer" => OfficerRole.Officer,
        _ => OfficerRole.Unspecified,
    };
}
