using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class SuspensionMapping
{
    public static V1.Suspension ToProto(D.Suspensions.Suspension suspension)
    {
        var context = suspension.Context;
        var proto = new V1.Suspension
        {
            SuspensionId = suspension.Id.ToString(),
            DeclarationId = suspension.DeclarationId.ToString(),
            RegistrationNumber = context.RegistrationNumber ?? "",
            CustomsOfficeCode = context.CustomsOfficeCode,
            Jurisdiction = context.Jurisdiction,
            RegisterEntryId = suspension.RegisterEntryId.ToString(),
            ItemNumbers = { suspension.ItemNumbers },
            ApplicantCapacity = EnumMap.To<V1.ApplicantCapacity>(context.ApplicantCapacity),
            RightHolder = new V1.Party { Name = context.RightHolder.Name, Address = context.RightHolder.Address },
            Declarant = new V1.Party { Name = context.Declarant.Name, Address = context.Declarant.Address },
            SuspendedOn = WireValues.ToDate(suspension.SuspendedOn),
            SuspendedUntil = WireValues.ToDate(suspension.Until),
            NotifyPartiesBy = WireValues.ToDate(suspension.NotifyPartiesBy),
            LiftsOn = WireValues.ToDate(suspension.LiftsOn),
            ExtendedWorkingDays = suspension.ExtendedWorkingDays,
            Status = EnumMap.To<V1.SuspensionStatus>(suspension.Status),
            LiftReason = EnumMap.To<V1.LiftReason>(suspension.LiftReason),
            CourtDecisionReference = suspension.CourtDecisionReference ?? "",
            HolderLiableForDamage = suspension.HolderLiableForDamage,
            UntilProvisional = suspension.UntilProvisional,
            DetectedOn = WireValues.ToDate(suspension.DetectedOn),
        };
        if (suspension.SeizureAct != D.Suspensions.SeizureAct.Unspecified)
        {
            proto.SeizureAct = EnumMap.To<V1.SeizureAct>(suspension.SeizureAct);
            proto.SeizingAuthority = suspension.SeizingAuthority ?? "";
            proto.SeizureReference = suspension.SeizureReference ?? "";
        }

        if (suspension.EndedOn is { } ended)
        {
            proto.EndedOn = WireValues.ToDate(ended);
        }

        if (suspension.Status == D.Suspensions.SuspensionStatus.Held)
        {
            proto.DecideBy = WireValues.ToDate(suspension.DecideBy);
        }

        if (suspension.Decision is { } decision)
        {
            proto.Decision = EnumMap.To<V1.SuspensionDecision>(decision.Decision);
            proto.DecidedOn = WireValues.ToDate(decision.On);
            proto.DecidedBy = decision.OfficerId;
            proto.DecidedByRole = EnumCodes.Of(decision.Role);
            proto.DecisionReference = decision.Reference;
        }

        if (suspension.ExtensionDecision is { } extension)
        {
            proto.ExtensionDecisionReference = extension.Reference;
            proto.ExtendedBy = extension.OfficerId;
            proto.ExtendedByRole = EnumCodes.Of(extension.Role);
            proto.ExtendedOn = WireValues.ToDate(extension.On);
        }

        return proto;
    }
}
