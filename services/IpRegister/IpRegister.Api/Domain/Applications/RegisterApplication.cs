namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>A right-holder's application for measures and for entry in the register (Arts. 394, 395).</summary>
public sealed record RegisterApplication
{
    public required Party Applicant { get; init; }

    public required ApplicantCapacity Capacity { get; init; }

    /// <summary>The right-holder's power of attorney, required unless the applicant is the right-holder (Art. 394(2)).</summary>
    public string? PowerOfAttorneyReference { get; init; }

    public required Party RightHolder { get; init; }

    public required IpObject Object { get; init; }

    public required GoodsIdentification Goods { get; init; }

    /// <summary>The term during which the holder asks for measures (Art. 394(2)).</summary>
    public DateOnly? RequestedUntil { get; init; }

    /// <summary>Certificates and agreements confirming the right (Art. 394(2)).</summary>
    public IReadOnlyList<string> SupportingDocuments { get; init; } = [];

    /// <summary>The written obligation to compensate damage to declarant, owner or recipient (Art. 394(4)).</summary>
    public required bool DamageCompensationObligation { get; init; }

    public Security? Security { get; init; }

    public required DateOnly SubmittedOn { get; init; }
}
