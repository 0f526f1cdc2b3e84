using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Suspensions;

namespace Customs.IpRegister.Api.Data;

/// <summary>A suspension as stored, one column per field; the repository's callers see only <see cref="Suspension"/>.</summary>
internal sealed class SuspensionRow
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

    public string ApplicantName { get; init; } = "";

    public string ApplicantAddress { get; init; } = "";

    public string DeclarantAddress { get; init; } = "";

    public DateOnly DetectedOn { get; init; }

    public DateOnly SuspendedOn { get; init; }

    public DateOnly? DecideBy { get; init; }

    public string? Decision { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public string? DecidedBy { get; init; }

    public string? DecidedByRole { get; init; }

    public string? DecisionReference { get; init; }

    public DateOnly Until { get; init; }

    public bool UntilProvisional { get; init; }

    public int ExtendedWorkingDays { get; init; }

    public string? CompetentAuthorityReference { get; init; }

    public DateOnly? ExtensionDecidedOn { get; init; }

    public string? ExtensionDecidedBy { get; init; }

    public string? ExtensionDecidedByRole { get; init; }

    public string? ExtensionDecisionReference { get; init; }

    public string Status { get; init; } = "";

    public DateOnly? EndedOn { get; init; }

    public string? LiftReason { get; init; }

    public string? CourtDecisionReference { get; init; }

    public bool HolderLiableForDamage { get; init; }

    public string? SeizureAct { get; init; }

    public string? SeizingAuthority { get; init; }

    public string? SeizureReference { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Suspension ToDomain() => Suspension.Restore(new StoredSuspension
    {
        Id = Id,
        DeclarationId = DeclarationId,
        RegisterEntryId = RegisterEntryId,
        ItemNumbers = ItemNumbers,
        Context = new SuspensionContext(
            RegistrationNumber, CustomsOfficeCode, Jurisdiction, EnumCodes.Parse<ApplicantCapacity>(ApplicantCapacity),
            new PartyDetails(RightHolderName, RightHolderAddress), new PartyDetails(DeclarantName, DeclarantAddress),
            new PartyDetails(ApplicantName, ApplicantAddress)),
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
        SeizureAct = SeizureAct is null ? Domain.Suspensions.SeizureAct.Unspecified : EnumCodes.Parse<SeizureAct>(SeizureAct),
        SeizingAuthority = SeizingAuthority,
        SeizureReference = SeizureReference,
    });

    /// <summary>The row that stores <paramref name="suspension"/>.</summary>
    public static SuspensionRow From(Suspension suspension, DateTimeOffset createdAt = default) => new()
    {
        Id = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        RegistrationNumber = suspension.Context.RegistrationNumber,
        CustomsOfficeCode = suspension.Context.CustomsOfficeCode,
        Jurisdiction = suspension.Context.Jurisdiction,
        RegisterEntryId = suspension.RegisterEntryId,
        ItemNumbers = [.. suspension.ItemNumbers],
        ApplicantCapacity = EnumCodes.Of(suspension.Context.ApplicantCapacity),
        RightHolderName = suspension.Context.RightHolder.Name,
        RightHolderAddress = suspension.Context.RightHolder.Address,
        DeclarantName = suspension.Context.Declarant.Name,
        DeclarantAddress = suspension.Context.Declarant.Address,
        ApplicantName = suspension.Context.Applicant.Name,
        ApplicantAddress = suspension.Context.Applicant.Address,
        DetectedOn = suspension.DetectedOn,
        SuspendedOn = suspension.SuspendedOn,
        DecideBy = suspension.DecideBy,
        Decision = suspension.Decision is { } d ? EnumCodes.Of(d.Decision) : null,
        DecidedOn = suspension.Decision?.On,
        DecidedBy = suspension.Decision?.OfficerId,
        DecidedByRole = suspension.Decision is { } r ? EnumCodes.Of(r.Role) : null,
        DecisionReference = suspension.Decision?.Reference,
        Until = suspension.Until,
        UntilProvisional = suspension.UntilProvisional,
        ExtendedWorkingDays = suspension.ExtendedWorkingDays,
        CompetentAuthorityReference = suspension.CompetentAuthorityReference,
        ExtensionDecidedOn = suspension.ExtensionDecision?.On,
        ExtensionDecidedBy = suspension.ExtensionDecision?.OfficerId,
        ExtensionDecidedByRole = suspension.ExtensionDecision is { } e ? EnumCodes.Of(e.Role) : null,
        ExtensionDecisionReference = suspension.ExtensionDecision?.Reference,
        Status = EnumCodes.Of(suspension.Status),
        EndedOn = suspension.EndedOn,
        LiftReason = suspension.LiftReason == Domain.Suspensions.LiftReason.Unspecified ? null : EnumCodes.Of(suspension.LiftReason),
        CourtDecisionReference = suspension.CourtDecisionReference,
        HolderLiableForDamage = suspension.HolderLiableForDamage,
        SeizureAct = suspension.SeizureAct == Domain.Suspensions.SeizureAct.Unspecified ? null : EnumCodes.Of(suspension.SeizureAct),
        SeizingAuthority = suspension.SeizingAuthority,
        SeizureReference = suspension.SeizureReference,
        CreatedAt = createdAt,
    };
}
