using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>The events of a suspension, built from its stored row.</summary>
public static class SuspensionEvents
{
    /// <summary>Art. 397(1): the goods are held until the written decision of the head of the office or the deputy.</summary>
    public const string HoldLegalBasis =
        "Customs Code Art. 397(1): signs of infringement found; release held pending the written decision of the head of the customs office or the deputy";

    /// <summary>The hold (pending the head's decision), or the suspension decided or made without one.</summary>
    public static ReleaseSuspended Suspended(SuspensionRow row, Suspension suspension, string legalBasis) => new()
    {
        SuspensionId = row.Id,
        DeclarationId = row.DeclarationId,
        ItemNumbers = row.ItemNumbers,
        RegisterEntryId = row.RegisterEntryId,
        RightHolderName = row.RightHolderName,
        RightHolderAddress = row.RightHolderAddress,
        ApplicantCapacity = row.ApplicantCapacity,
        SuspendedOn = row.SuspendedOn,
        SuspendedUntil = row.Until,
        LegalBasis = legalBasis,
        DeclarantName = row.DeclarantName,
        DeclarantAddress = row.DeclarantAddress,
        NotifyPartiesBy = suspension.NotifyPartiesBy,
        Jurisdiction = row.Jurisdiction,
        PendingDecision = suspension.Status == SuspensionStatus.Held,
        DecideBy = row.DecideBy,
        DetectedOn = row.DetectedOn,
        DecidedOn = row.DecidedOn,
        DecisionReference = row.DecisionReference,
        DecidedByRole = row.DecidedByRole,
    };

    public static ReleaseSuspensionLifted Lifted(SuspensionRow row) => new()
    {
        SuspensionId = row.Id,
        DeclarationId = row.DeclarationId,
        LiftedOn = row.EndedOn!.Value,
        Reason = EnumCodes.Parse<SuspensionLiftReason>(row.LiftReason!),
        HolderLiableForDamage = row.HolderLiableForDamage ? true : null,
        // The court's decision, or the head's written decision declining to suspend held goods.
        DecisionReference = row.CourtDecisionReference ?? (row.LiftReason == "decision_declined" ? row.DecisionReference : null),
    };

    public static ReleaseSuspensionExtended Extended(SuspensionRow row) => new()
    {
        SuspensionId = row.Id,
        DeclarationId = row.DeclarationId,
        ExtendedUntil = row.Until,
        DecisionReference = row.ExtensionDecisionReference,
        DecidedByRole = row.ExtensionDecidedByRole,
    };

    public static GoodsSeized Seized(SuspensionRow row) => new()
    {
        SuspensionId = row.Id,
        DeclarationId = row.DeclarationId,
        ItemNumbers = row.ItemNumbers,
        SeizedOn = row.EndedOn!.Value,
        DecisionReference = row.CourtDecisionReference!,
    };
}
