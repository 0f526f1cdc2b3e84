using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>
/// An object in the customs register (Arts. 395-396): what is protected, for whom, which goods, for how long. Changes
/// give a new entry (<see cref="ExtendedTo"/>, <see cref="ExcludedFor"/>); the store numbers it on entry.
/// </summary>
public sealed record RegisterEntry
{
    public required Guid Id { get; init; }

    /// <summary>The register's number (Art. 395(4)); 0 until stored.</summary>
    public long EntryNumber { get; init; }

    public required Guid ApplicationId { get; init; }

    public required IpObject Object { get; init; }

    public required PartyDetails RightHolder { get; init; }

    /// <summary>Who had the object entered, name and address as in its application (Art. 394(2)).</summary>
    public required PartyDetails Applicant { get; init; }

    public required ApplicantCapacity ApplicantCapacity { get; init; }

    public required IReadOnlyList<string> TariffCodes { get; init; }

    public required IReadOnlyList<string> BrandSpellings { get; init; }

    public required IReadOnlyList<string> NormalisedBrands { get; init; }

    public required DateOnly EnteredOn { get; init; }

    public required DateOnly ValidUntil { get; init; }

    /// <summary>Art. 395(2): the security in force: the application's, or the one renewed on an extension (Art. 396).</summary>
    public required Security Security { get; init; }

    public DateOnly SecurityValidUntil => Security.ValidUntil;

    public EntryStatus Status { get; init; } = EntryStatus.Active;

    public DateOnly? ExcludedOn { get; init; }

    public ExclusionReason ExclusionReason { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateOnly ProtectionEndsOn => Object.ProtectionEndsOn ?? throw new InvalidOperationException($"Entry {Id} has no end of protection.");

    public bool IsActive => Status == EntryStatus.Active;

    /// <summary>
    /// Art. 396: "This period may be extended on the basis of the rights-holder application [...] provided all the terms
    /// and conditions stipulated by Article 394 and Item 2 of Article 395 [...] have been observed." The obligation of
    /// 394(4) stands as applied for; the security of 395(2), the one recorded or <paramref name="renewed"/>, must be at
    /// least the minimum in force on the day of the extension and last at least to the end of the new term.
    /// </summary>
    public RegisterEntry ExtendedTo(DateOnly requestedUntil, DateOnly today, DateTimeOffset now, Security? renewed = null)
    {
        const string legalBasis = "Customs Code Arts. 396, 395(2)";
        var until = EntryTerm.Extended(today, ValidUntil, requestedUntil, ProtectionEndsOn);
        var security = renewed ?? Security;
        var minimum = RegisterRulesTable.On(today).MinimumSecurity;
        if (!security.Amount.IsAtLeast(minimum))
        {
            throw new RuleViolationException(RegisterErrors.SecurityDoesNotCoverTerm,
                $"The security of {security.Amount} is below the {minimum} required on {today:yyyy-MM-dd}; a renewed security is needed.", legalBasis);
        }

        if (security.ValidUntil < until)
        {
            throw new RuleViolationException(RegisterErrors.SecurityDoesNotCoverTerm,
                $"The security lapses on {security.ValidUntil:yyyy-MM-dd}, before the new term ends on {until:yyyy-MM-dd}; a renewed security is needed.", legalBasis);
        }

        return this with { ValidUntil = until, Security = security, ChangedAt = now };
    }

    /// <summary>Art. 395(3): the object leaves the register.</summary>
    public RegisterEntry ExcludedFor(ExclusionReason reason, DateOnly today, DateTimeOffset now) =>
        this with { Status = EntryStatus.Excluded, ExcludedOn = today, ExclusionReason = reason, ChangedAt = now };
}
