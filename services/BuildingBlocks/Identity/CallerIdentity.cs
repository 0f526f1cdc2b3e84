using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace Customs.BuildingBlocks.Identity;

/// <summary>
/// Who calls, proven by the caller's validated bearer token: the one place the suite turns claims into a caller.
/// A token whose claims do not make a caller is refused (Unauthenticated) before any RPC runs.
/// </summary>
public sealed record CallerIdentity
{
    private CallerIdentity(CallerRole role, string subject)
    {
        Role = role;
        Subject = subject;
    }

    public CallerRole Role { get; }

    /// <summary>The token's subject: the officer id, the taxpayer number or the service's name (recorded as who acted).</summary>
    public string Subject { get; }

    /// <summary>The caller's taxpayer number (declarant, payer, bank or insurer; a right-holder's if it has one).</summary>
    public string? TaxpayerNumber { get; private init; }

    /// <summary>A customs officer's, risk analyst's or expert's personal number.</summary>
    public string? OfficerId { get; private init; }

    /// <summary>The customs office of an officer, risk analyst or expert.</summary>
    public string? OfficeCode { get; private init; }

    /// <summary>The officer's role (inspector, deputy_head, head); <see cref="Identity.OfficerRole.Unspecified"/> for any other caller.</summary>
    public OfficerRole OfficerRole => Role.AsOfficerRole();

    /// <summary>A customs officer of the suite's officer roles.</summary>
    public bool IsOfficer => OfficerRole.IsOfficer();

    public static CallerIdentity Declarant(string taxpayerNumber) =>
        Create(CallerRole.Declarant, taxpayerNumber, taxpayerNumber, null, null);

    public static CallerIdentity Officer(string officerId, string officeCode, OfficerRole role) =>
        Create(role switch
        {
            OfficerRole.Inspector => CallerRole.Inspector,
            OfficerRole.DeputyHead => CallerRole.DeputyHead,
            OfficerRole.Head => CallerRole.Head,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not an officer's role."),
        }, officerId, null, officerId, officeCode);

    /// <summary>Another service of the suite calling on its own behalf; <c>sub</c> is the service's name.</summary>
    public static CallerIdentity Service(string serviceName) => Create(CallerRole.Service, serviceName, null, null, null);

    /// <summary>Any role; the fields it needs are checked as a token's claims are.</summary>
    public static CallerIdentity Create(CallerRole role, string subject, string? taxpayerNumber, string? officerId, string? officeCode)
    {
        var claims = new ClaimsPrincipal(new ClaimsIdentity(ToClaims(role, subject, taxpayerNumber, officerId, officeCode), "customs"));
        return TryFrom(claims, out var caller, out var problem) ? caller : throw new ArgumentException(problem);
    }

    /// <summary>The claims a token for this caller carries.</summary>
    public IReadOnlyList<Claim> ToClaims() => ToClaims(Role, Subject, TaxpayerNumber, OfficerId, OfficeCode);

    /// <summary>The caller the principal's claims name, or why they name none (a missing or malformed claim).</summary>
    public static bool TryFrom(ClaimsPrincipal principal, [NotNullWhen(true)] out CallerIdentity? caller, [NotNullWhen(false)] out string? problem)
    {
        caller = null;
        var roles = principal.FindAll(CustomsClaims.Role).Select(c => c.Value).ToList();
        if (roles.Count != 1 || CallerRoles.Parse(roles[0]) is var role && role == CallerRole.Unspecified)
        {
            problem = $"The token must carry exactly one '{CustomsClaims.Role}' claim, one of {string.Join(", ", CallerRoles.All.Select(r => r.Code()))}.";
            return false;
        }

        var subject = Single(principal, CustomsClaims.Subject);
        var taxpayerNumber = Single(principal, CustomsClaims.TaxpayerNumber);
        var officerId = Single(principal, CustomsClaims.OfficerId);
        var officeCode = Single(principal, CustomsClaims.OfficeCode);
        problem = Check(role, subject, taxpayerNumber, officerId, officeCode);
        if (problem is not null)
        {
            return false;
        }

        caller = new CallerIdentity(role, subject!) { TaxpayerNumber = taxpayerNumber, OfficerId = officerId, OfficeCode = officeCode };
        return true;
    }

    private static string? Check(CallerRole role, string? subject, string? taxpayerNumber, string? officerId, string? officeCode)
    {
        if (!IsToken(subject, 64))
        {
            return $"The token's '{CustomsClaims.Subject}' claim is missing or malformed (1-64 letters, digits, '-', '_', '.').";
        }

        if (taxpayerNumber is not null && !IsTaxpayerNumber(taxpayerNumber) || role.NeedsTaxpayerNumber() && taxpayerNumber is null)
        {
            return $"A {role.Code()} token needs a '{CustomsClaims.TaxpayerNumber}' claim of 10 or 12 digits.";
        }

        if (role.IsCustomsStaff() && (!IsToken(officerId, 64) || !IsToken(officeCode, 16)))
        {
            return $"A {role.Code()} token needs '{CustomsClaims.OfficerId}' and '{CustomsClaims.OfficeCode}' claims.";
        }

        if (!role.IsCustomsStaff() && (officerId is not null || officeCode is not null))
        {
            return $"Only customs staff carry '{CustomsClaims.OfficerId}' and '{CustomsClaims.OfficeCode}' claims, not a {role.Code()}.";
        }

        if (role == CallerRole.Declarant && subject != taxpayerNumber)
        {
            return $"A declarant's '{CustomsClaims.Subject}' is its taxpayer number.";
        }

        return role.IsCustomsStaff() && subject != officerId ? $"An officer's '{CustomsClaims.Subject}' is its officer id." : null;
    }

    private static string? Single(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(c => c.Value).ToList() switch
        {
            [var only] => only,
            [] => null,
            _ => "", // Twice is malformed: "" fails every check below.
        };

    private static bool IsTaxpayerNumber(string value) => value.Length is 10 or 12 && value.All(char.IsAsciiDigit);

    private static bool IsToken(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static List<Claim> ToClaims(CallerRole role, string subject, string? taxpayerNumber, string? officerId, string? officeCode)
    {
        List<Claim> claims = [new(CustomsClaims.Subject, subject), new(CustomsClaims.Role, role == CallerRole.Unspecified ? "" : role.Code())];
        if (taxpayerNumber is not null)
        {
            claims.Add(new(CustomsClaims.TaxpayerNumber, taxpayerNumber));
        }

        if (officerId is not null)
        {
            claims.Add(new(CustomsClaims.OfficerId, officerId));
        }

        if (officeCode is not null)
        {
            claims.Add(new(CustomsClaims.OfficeCode, officeCode));
        }

        return claims;
    }
}
