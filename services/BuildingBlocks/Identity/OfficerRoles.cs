namespace Customs.BuildingBlocks.Identity;

/// <summary>The one vocabulary of officer roles of the suite (the <see cref="CallerRole"/>s of customs officers), as stored and in tokens.</summary>
public static class OfficerRoles
{
    /// <summary>The codes, in order of <see cref="OfficerRole"/>.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<OfficerRole>().Where(IsOfficer).Select(Code)];

    /// <summary>A value outside the vocabulary (or none) is <see cref="OfficerRole.Unspecified"/>; case and surrounding spaces do not matter.</summary>
    public static OfficerRole Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "inspector" => OfficerRole.Inspector,
        "deputy_head" => OfficerRole.DeputyHead,
        "head" => OfficerRole.Head,
        _ => OfficerRole.Unspecified,
    };

    /// <summary>The code of a role; <see cref="OfficerRole.Unspecified"/> has none.</summary>
    public static string Code(this OfficerRole role) => role switch
    {
        OfficerRole.Inspector => "inspector",
        OfficerRole.DeputyHead => "deputy_head",
        OfficerRole.Head => "head",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "An unspecified role has no code."),
    };

    public static bool IsOfficer(this OfficerRole role) => role is OfficerRole.Inspector or OfficerRole.DeputyHead or OfficerRole.Head;

    /// <summary>The head of the customs office or the deputy, who write the office's decisions (e.g. Art. 397(1)).</summary>
    public static bool IsHeadOrDeputy(this OfficerRole role) => role is OfficerRole.Head or OfficerRole.DeputyHead;
}
