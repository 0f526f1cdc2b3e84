using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Contracts;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>The events of a suspension, built from the domain's suspension.</summary>
public static class SuspensionEvents
{
    /// <summary>Art. 397(1): the goods are held until the written decision of the head of the customs office or the deputy.</summary>
    public const string HoldLegalBasis =
        "Customs Code Art. 397(1): signs of infringement found; release held pending the written decision of the head of the customs office or the deputy";

    /// <summary>The hold (pending the head's decision), or the suspension decided or made without one.</summary>
    public static ReleaseSuspended Suspended(Suspension suspension, string legalBasis) => new()
    {
        SuspensionId = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        ItemNumbers = suspension.ItemNumbers,
        RegisterEntryId = suspension.RegisterEntryId,
        RightHolderName = suspension.Context.RightHolder.Name,
        RightHolderAddress = suspension.Context.RightHolder.Address,
        ApplicantCapacity = EnumCodes.Of(suspension.Context.ApplicantCapacity),
        SuspendedOn = suspension.SuspendedOn,
        SuspendedUntil = suspension.Until,
        LegalBasis = legalBasis,
        DeclarantName = suspension.Context.Declarant.Name,
        DeclarantAddress = suspension.Context.Declarant.Address,
        NotifyPartiesBy = suspension.NotifyPartiesBy,
        Jurisdiction = suspension.Context.Jurisdiction,
        PendingDecision = suspension.Status == SuspensionStatus.Held,
        DecideBy = suspension.DecideBy,
        DetectedOn = suspension.DetectedOn,
        DecidedOn = suspension.Decision?.On,
        DecisionReference = suspension.Decision?.Reference,
        DecidedByRole = suspension.Decision is { } decision ? EnumCodes.Of(decision.Role) : null,
    };

    public static ReleaseSuspensionLifted Lifted(Suspension suspension) => new()
    {
        SuspensionId = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        LiftedOn = suspension.EndedOn!.Value,
        Reason = EnumMap.To<SuspensionLiftReason>(suspension.LiftReason),
        HolderLiableForDamage = suspension.HolderLiableForDamage ? true : null,
        // The court's decision, or the head's written decision declining to suspend held goods.
        DecisionReference = suspension.CourtDecisionReference
            ?? (suspension.LiftReason == LiftReason.DecisionDeclined ? suspension.Decision?.Reference : null),
    };

    public static ReleaseSuspensionExtended Extended(Suspension suspension) => new()
    {
        SuspensionId = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        ExtendedUntil = suspension.Until,
        DecisionReference = suspension.ExtensionDecision?.Reference,
        DecidedByRole = suspension.ExtensionDecision is { } extension ? EnumCodes.Of(extension.Role) : null,
    };

    /// <summary>
    /// The last day moved (GAC notice delivered, goods detained, or a provisional term counted again). A recount at
    /// start-up passes no <paramref name="changedAt"/>: it always applies (a start-up's clock is not ordered against
    /// the moves made before it, e.g. a test's moved clock), while the GAC moves of a running register are ordered.
    /// </summary>
    public static ReleaseSuspensionTermChanged TermChanged(Suspension suspension, TermChangeCause cause, string legalBasis, DateTimeOffset? changedAt) => new()
    {
        SuspensionId = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        SuspendedUntil = suspension.Until,
        Provisional = suspension.UntilProvisional,
        Cause = EnumCodes.Of(cause),
        LegalBasis = legalBasis,
        ChangedAt = changedAt,
    };

    public static GoodsSeized Seized(Suspension suspension) => new()
    {
        SuspensionId = suspension.Id,
        DeclarationId = suspension.DeclarationId,
        ItemNumbers = suspension.ItemNumbers,
        SeizedOn = suspension.EndedOn!.Value,
        DecisionReference = suspension.SeizureReference!,
        Act = EnumCodes.Of(suspension.SeizureAct),
        Authority = suspension.SeizingAuthority,
    };
}
