namespace Customs.IpRegister.Contracts;

/// <summary>Release of goods with signs of infringement is suspended for 10 working days (Art. 397(1)).</summary>
public sealed record ReleaseSuspended
{
    public required Guid SuspensionId { get; init; }

    public required Guid DeclarationId { get; init; }

    public required IReadOnlyList<int> ItemNumbers { get; init; }

    public required Guid RegisterEntryId { get; init; }

    public required string RightHolderName { get; init; }

    public required string RightHolderAddress { get; init; }

    /// <summary>In what capacity the entry's applicant acted: right-holder, representative, licensee, importer.</summary>
    public required string ApplicantCapacity { get; init; }

    public required DateOnly SuspendedOn { get; init; }

    public required DateOnly SuspendedUntil { get; init; }

    public required string LegalBasis { get; init; }
}
