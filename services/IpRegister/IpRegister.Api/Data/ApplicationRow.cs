using Customs.IpRegister.Api.Domain.Entries;

namespace Customs.IpRegister.Api.Data;

/// <summary>An application as stored (Art. 394), with the capacity in which its applicant acted.</summary>
public sealed class ApplicationRow
{
    public Guid Id { get; init; }

    public string ApplicantName { get; init; } = "";

    public string ApplicantAddress { get; init; } = "";

    public string? ApplicantTaxpayerNumber { get; init; }

    public string ApplicantCapacity { get; init; } = "";

    public string? PowerOfAttorneyReference { get; init; }

    public string RightHolderName { get; init; } = "";

    public string RightHolderAddress { get; init; } = "";

    public string ObjectKind { get; init; } = "";

    public string ObjectName { get; init; } = "";

    public string RegistrationNumber { get; init; } = "";

    public int[] ObjectClasses { get; init; } = [];

    public DateOnly ProtectionEndsOn { get; init; }

    public string[] TariffCodes { get; init; } = [];

    public string[] BrandSpellings { get; init; } = [];

    public string? GoodsFeatures { get; init; }

    public DateOnly RequestedUntil { get; init; }

    public string[] SupportingDocuments { get; init; } = [];

    public bool DamageCompensationObligation { get; init; }

    public string SecurityKind { get; init; } = "";

    public decimal SecurityAmount { get; init; }

    public string SecurityCurrency { get; init; } = "";

    public string SecurityReference { get; init; } = "";

    public DateOnly SecurityValidUntil { get; init; }

    public DateOnly SubmittedOn { get; init; }

    public DateOnly DecideBy { get; init; }

    public ApplicationConsideration Consideration => new(Id, SubmittedOn, DecideBy);

    public string Status { get; init; } = "";

    public string? RefusalReason { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public Guid? RegisterEntryId { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}
