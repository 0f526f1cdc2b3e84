using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Identity;
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

    public DateOnly DetectedOn { get; init; }

    public DateOnly SuspendedOn { get; set; }

    public DateOnly? DecideBy { get; set; }

    public string? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecidedByRole { get; set; }

    public string? DecisionReference { get; set; }

    public DateOnly Until { get; set; }

    public bool UntilProvisional { get; set; }

    public int ExtendedWorkingDays { get; set; }

    public string? CompetentAuthorityReference { get; set; }

    public DateOnly? ExtensionDecidedOn { get; set; }

    public string? ExtensionDecidedBy { get; set; }

    public string? ExtensionDecidedByRole { get; set; }

    public string? ExtensionDecisionReference { get; set; }

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
        DetectedOn = DetectedOn,
        SuspendedOn = SuspendedOn,
        DecideBy = DecideBy,
        Decision = Decision is null ? null : new WrittenDecision(
            EnumCodes.Parse<SuspensionDecision>(Decision), DecidedOn!.Value, DecidedBy ?? "", EnumCodes.Parse<OfficerRole>(DecidedByRole!), DecisionReference ?? ""),
        Until = Until,
        UntilProvisional = UntilProvisional,
        ExtendedWorkingDays = ExtendedWorkingDays,
        CompetentAuthorityReference = CompetentAuthorityReference,
        ExtensionDecision = ExtensionDecisionReference is null ? null : new ExtensionDecision(
            ExtensionDecidedOn!.Value, ExtensionDecidedBy ?? "", EnumCodes.Parse<OfficerRole>(ExtensionDecidedByRole!), ExtensionDecisionReference),
        Status = EnumCodes.Parse<SuspensionStatus>(Status),
        EndedOn = EndedOn,
        LiftReason = LiftReason is null ? Domain.Suspensions.LiftReason.Unspecified : EnumCodes.Parse<LiftReason>(LiftReason),
        CourtDecisionReference = CourtDecisionReference,
        HolderLiableForDamage = HolderLiableForDamage,
    };

    public void Apply(Suspension suspension)
    {
        SuspendedOn = suspension.SuspendedOn;
        DecideBy = suspension.DecideBy;
        Decision = suspension.Decision is { } d ? EnumCodes.Of(d.Decision) : null;
        DecidedOn = suspension.Decision?.On;
        DecidedBy = suspension.Decision?.OfficerId;
        DecidedByRole = suspension.Decision is { } r ? EnumCodes.Of(r.Role) : null;
        DecisionReference = suspension.Decision?.Reference;
        Until = suspension.Until;
        UntilProvisional = suspension.UntilProvisional;
        ExtendedWorkingDays = suspension.ExtendedWorkingDays;
        CompetentAuthorityReference = suspension.CompetentAuthorityReference;
        ExtensionDecidedOn = suspension.ExtensionDecision?.On;
        ExtensionDecidedBy = suspension.ExtensionDecision?.OfficerId;
        ExtensionDecidedByRole = suspension.ExtensionDecision is { } e ? EnumCodes.Of(e.Role) : null;
        ExtensionDecisionReference = suspension.ExtensionDecision?.Reference;
        Status = EnumCodes.Of(suspension.Status);
        EndedOn = suspension.EndedOn;
        LiftReason = suspension.LiftReason == Domain.Suspensions.LiftReason.Unspecified ? null : EnumCodes.Of(suspension.LiftReason);
        CourtDecisionReference = suspension.CourtDecisionReference;
        HolderLiableForDamage = suspension.HolderLiableForDamage;
    }
}
