using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Entries;
using Customs.IpRegister.Api.Domain.Notices;

namespace Customs.IpRegister.Api.Data;

/// <summary>A register entry as stored; the repository's callers see only <see cref="RegisterEntry"/>.</summary>
internal sealed class EntryRow
{
    public Guid Id { get; init; }

    public long EntryNumber { get; init; }

    public Guid ApplicationId { get; init; }

    public string ObjectKind { get; init; } = "";

    public string ObjectName { get; init; } = "";

    public string RegistrationNumber { get; init; } = "";

    public int[] ObjectClasses { get; init; } = [];

    public DateOnly ProtectionEndsOn { get; init; }

    public string RightHolderName { get; init; } = "";

    public string RightHolderAddress { get; init; } = "";

    public string ApplicantName { get; init; } = "";

    public string ApplicantAddress { get; init; } = "";

    public string ApplicantCapacity { get; init; } = "";

    public string[] TariffCodes { get; init; } = [];

    public string[] BrandSpellings { get; init; } = [];

    public string[] NormalisedBrands { get; init; } = [];

    public DateOnly EnteredOn { get; init; }

    public DateOnly ValidUntil { get; init; }

    public DateOnly SecurityValidUntil { get; init; }

    public string SecurityKind { get; init; } = "";

    public decimal SecurityAmount { get; init; }

    public string SecurityCurrency { get; init; } = "";

    public string SecurityReference { get; init; } = "";

    public string Status { get; init; } = "";

    public DateOnly? ExcludedOn { get; init; }

    public string? ExclusionReason { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public RegisterEntry ToDomain() => new()
    {
        Id = Id,
        EntryNumber = EntryNumber,
        ApplicationId = ApplicationId,
        Object = new IpObject(EnumCodes.Parse<IpObjectKind>(ObjectKind), ObjectName, RegistrationNumber, ObjectClasses, ProtectionEndsOn),
        RightHolder = new PartyDetails(RightHolderName, RightHolderAddress),
        Applicant = new PartyDetails(ApplicantName, ApplicantAddress),
        ApplicantCapacity = EnumCodes.Parse<ApplicantCapacity>(ApplicantCapacity),
        TariffCodes = TariffCodes,
        BrandSpellings = BrandSpellings,
        NormalisedBrands = NormalisedBrands,
        EnteredOn = EnteredOn,
        ValidUntil = ValidUntil,
        Security = new Security(
            EnumCodes.Parse<SecurityKind>(SecurityKind), new Domain.Money(SecurityAmount, SecurityCurrency), SecurityReference, SecurityValidUntil),
        Status = EnumCodes.Parse<EntryStatus>(Status),
        ExcludedOn = ExcludedOn,
        ExclusionReason = ExclusionReason is null ? Domain.Entries.ExclusionReason.Unspecified : EnumCodes.Parse<ExclusionReason>(ExclusionReason),
        ChangedAt = ChangedAt,
    };

    public static EntryRow From(RegisterEntry entry) => new()
    {
        Id = entry.Id,
        EntryNumber = entry.EntryNumber,
        ApplicationId = entry.ApplicationId,
        ObjectKind = EnumCodes.Of(entry.Object.Kind),
        ObjectName = entry.Object.Name,
        RegistrationNumber = entry.Object.RegistrationNumber,
        ObjectClasses = [.. entry.Object.Classes],
        ProtectionEndsOn = entry.ProtectionEndsOn,
        RightHolderName = entry.RightHolder.Name,
        RightHolderAddress = entry.RightHolder.Address,
        ApplicantName = entry.Applicant.Name,
        ApplicantAddress = entry.Applicant.Address,
        ApplicantCapacity = EnumCodes.Of(entry.ApplicantCapacity),
        TariffCodes = [.. entry.TariffCodes],
        BrandSpellings = [.. entry.BrandSpellings],
        NormalisedBrands = [.. entry.NormalisedBrands],
        EnteredOn = entry.EnteredOn,
        ValidUntil = entry.ValidUntil,
        SecurityValidUntil = entry.Security.ValidUntil,
        SecurityKind = EnumCodes.Of(entry.Security.Kind),
        SecurityAmount = entry.Security.Amount.Amount,
        SecurityCurrency = entry.Security.Amount.Currency,
        SecurityReference = entry.Security.Reference,
        Status = EnumCodes.Of(entry.Status),
        ExcludedOn = entry.ExcludedOn,
        ExclusionReason = entry.ExclusionReason == Domain.Entries.ExclusionReason.Unspecified ? null : EnumCodes.Of(entry.ExclusionReason),
        ChangedAt = entry.ChangedAt,
    };
}
