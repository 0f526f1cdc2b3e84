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

    /// <summary>The declarant's name and address, told to the holder (Art. 397(2)).</summary>
    public string? DeclarantName { get; init; }

    public string? DeclarantAddress { get; init; }

    /// <summary>Declarant and holder are notified no later than this day (Art. 397(2)).</summary>
    public DateOnly? NotifyPartiesBy { get; init; }

    /// <summary>RU or CN: the rule set of the customs office.</summary>
    public string? Jurisdiction { get; init; }
}
