namespace Customs.BuildingBlocks.Identity;

/// <summary>The codes of <see cref="CallerRole"/> in tokens, and what each role must carry.</summary>
public static class CallerRoles
{
    /// <summary>Every role's code, in order of <see cref="CallerRole"/>.</summary>
    public static IReadOnlyList<CallerRole> All { get; } = [.. Enum.GetValues<CallerRole>().Where(r => r != CallerRole.Unspecified)];

    public static string Code(this CallerRole role) => role switch
    {
        CallerRole.Declarant => "declarant",
        CallerRole.Inspector => "inspector",
        CallerRole.DeputyHead => "deputy_head",
        CallerRole.Head => "head",
        CallerRole.RiskAnalyst => "risk_analyst",
        CallerRole.Expert => "expert",
        CallerRole.Payer => "payer",
        CallerRole.BankOrInsurer => "bank_or_insurer",
        CallerRole.RightHolder => "right_holder",
        CallerRole.Service => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "An unspecified role has no code."),
    };

    /// <summary>The role of a code, exactly as <see cref="Code"/> writes it; anything else is <see cref="CallerRole.Unspecified"/>.</summary>
    public static CallerRole Parse(string? code) =>
        All.FirstOrDefault(r => string.Equals(r.Code(), code, StringComparison.Ordinal));

    /// <summary>The officer's role for the officers' roles (inspector, deputy_head, head); <see cref="OfficerRole.Unspecified"/> for others.</summary>
    public static OfficerRole AsOfficerRole(this CallerRole role) => role switch
    {
        CallerRole.Inspector => OfficerRole.Inspector,
        CallerRole.DeputyHead => OfficerRole.DeputyHead,
        CallerRole.Head => OfficerRole.Head,
        _ => OfficerRole.Unspecified,
    };

    /// <summary>Staff of a customs office: their tokens carry an officer id and the office's code.</summary>
    public static bool IsCustomsStaff(this CallerRole role) =>
        role.AsOfficerRole().IsOfficer() || role is CallerRole.RiskAnalyst or CallerRole.Expert;

    /// <summary>Organisations known by their Russian taxpayer number. A right-holder may be foreign and need not have one.</summary>
    public static bool NeedsTaxpayerNumber(this CallerRole role) =>
        role is CallerRole.Declarant or CallerRole.Payer or CallerRole.BankOrInsurer;
}
