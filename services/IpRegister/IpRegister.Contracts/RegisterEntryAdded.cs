namespace Customs.IpRegister.Contracts;

/// <summary>An IP object was entered in the customs register (Art. 395(1)); who applied, and in what capacity, is part of the record.</summary>
public sealed record RegisterEntryAdded
{
    public required Guid RegisterEntryId { get; init; }

    public required long EntryNumber { get; init; }

    public required string ObjectKind { get; init; }

    public required string ObjectName { get; init; }

    public required string RegistrationNumber { get; init; }

    public required string RightHolderName { get; init; }

    public required string ApplicantName { get; init; }

    /// <summary>right_holder, representative, licensee or importer.</summary>
    public required string ApplicantCapacity { get; init; }

    public required IReadOnlyList<string> TariffCodes { get; init; }

    public required IReadOnlyList<string> BrandSpellings { get; init; }

    public required DateOnly EnteredOn { get; init; }

    public required DateOnly ValidUntil { get; init; }
}
