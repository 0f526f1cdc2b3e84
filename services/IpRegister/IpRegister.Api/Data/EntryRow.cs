namespace Customs.IpRegister.Api.Data;

/// <summary>A register entry as stored.</summary>
public sealed class EntryRow
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

    public string ApplicantCapacity { get; init; } = "";

    public string[] TariffCodes { get; init; } = [];

    public string[] BrandSpellings { get; init; } = [];

    public string[] NormalisedBrands { get; init; } = [];

    public DateOnly EnteredOn { get; init; }

    public DateOnly ValidUntil { get; set; }

    public DateOnly SecurityValidUntil { get; init; }

    public string Status { get; set; } = "";

    public DateOnly? ExcludedOn { get; set; }

    public string? ExclusionReason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
