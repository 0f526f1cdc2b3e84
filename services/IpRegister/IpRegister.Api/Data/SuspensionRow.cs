using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Data;

/// <summary>A suspension as stored: the domain state plus the parties each side is told of (Art. 397(2)).</summary>
public sealed class SuspensionRow
{
    public Guid Id { get; init; }

    public Guid DeclarationId { get; init; }

    public string? RegistrationNumber { get; init; }

    public string CustomsOfficeCode { get; init; } = "";

    public string Jurisdiction { get; init; } = "";

    public Guid RegisterEntryId { get; init; }

    public int[] ItemNumbers { get; init; } = [];

    public string ApplicantCapacity { get; init; } = "";

    public string RightHolderName { get; init; } = "";

    public string RightHolderAddress { get; init; } = "";

    public string DeclarantName { get; init; } = "";

    public string DeclarantAddress { get; init; } = "";

    public DateOnly SuspendedOn { get; init; }

    public DateOnly Until { get; set; }

    public int ExtendedWorkingDays { get; set; }

    public string? CompetentAuthorityReference { get; set; }

    public string Status { get; set; } = "";

    public DateOnly? EndedOn { get; set; }

    public string? LiftReason { get; set; }

    public string? CourtDecisionReference { get; set; }

    public bool HolderLiableForDamage { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Suspension ToDomain() => new()
    {
        Id = Id,
        DeclarationId = DeclarationId,
        RegisterEntryId = RegisterEntryId,
        ItemNumbers = ItemNumbers,
        SuspendedOn = SuspendedOn,
        Until = Until,
        ExtendedWorkingDays = ExtendedWorkingDays,
        CompetentAuthorityReference = CompetentAuthorityReference,
        Status = Codes.Parse<SuspensionStatus>(Status),
        EndedOn = EndedOn,
        LiftReason = LiftReason is null ? Domain.Suspensions.LiftReason.Unspecified : Codes.Parse<LiftReason>(LiftReason),
        CourtDecisionReference = CourtDecisionReference,
        HolderLiableForDamage = HolderLiableForDamage,
    };

    public void Apply(Suspension suspension)
    {
        Until = suspension.Until;
        ExtendedWorkingDays = suspension.ExtendedWorkingDays;
        CompetentAuthorityReference = suspension.CompetentAuthorityReference;
        Status = Codes.Of(suspension.Status);
        EndedOn = suspension.EndedOn;
        LiftReason = suspension.LiftReason == Domain.Suspensions.LiftReason.Unspecified ? null : Codes.Of(suspension.LiftReason);
        CourtDecisionReference = suspension.CourtDecisionReference;
        HolderLiableForDamage = suspension.HolderLiableForDamage;
    }
}
