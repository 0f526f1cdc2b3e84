using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

public static class SuspensionMapping
{
    public static V1.Suspension ToProto(SuspensionRow row)
    {
        var domain = row.ToDomain();
        var proto = new V1.Suspension
        {
            SuspensionId = row.Id.ToString(),
            DeclarationId = row.DeclarationId.ToString(),
            RegistrationNumber = row.RegistrationNumber ?? "",
            CustomsOfficeCode = row.CustomsOfficeCode,
            Jurisdiction = row.Jurisdiction,
            RegisterEntryId = row.RegisterEntryId.ToString(),
            ItemNumbers = { row.ItemNumbers },
            ApplicantCapacity = EnumMap.To<V1.ApplicantCapacity>(EnumCodes.Parse<D.Applications.ApplicantCapacity>(row.ApplicantCapacity)),
            RightHolder = new V1.Party { Name = row.RightHolderName, Address = row.RightHolderAddress },
            Declarant = new V1.Party { Name = row.DeclarantName, Address = row.DeclarantAddress },
            SuspendedOn = WireValues.ToDate(row.SuspendedOn),
            SuspendedUntil = WireValues.ToDate(row.Until),
            NotifyPartiesBy = WireValues.ToDate(domain.NotifyPartiesBy),
            LiftsOn = WireValues.ToDate(domain.LiftsOn),
            ExtendedWorkingDays = row.ExtendedWorkingDays,
            Status = EnumMap.To<V1.SuspensionStatus>(domain.Status),
            LiftReason = EnumMap.To<V1.LiftReason>(domain.LiftReason),
            CourtDecisionReference = row.CourtDecisionReference ?? "",
            HolderLiableForDamage = row.HolderLiableForDamage,
            UntilProvisional = row.UntilProvisional,
        };
        if (row.EndedOn is { } ended)
        {
            proto.EndedOn = WireValues.ToDate(ended);
        }

        proto.DetectedOn = WireValues.ToDate(row.DetectedOn);
        if (domain.Status == D.Suspensions.SuspensionStatus.Held)
        {
            proto.DecideBy = WireValues.ToDate(row.DecideBy);
        }

        if (domain.Decision is { } decision)
        {
            proto.Decision = EnumMap.To<V1.SuspensionDecision>(decision.Decision);
            proto.DecidedOn = WireValues.ToDate(decision.On);
            proto.DecidedBy = decision.OfficerId;
            proto.DecidedByRole = row.DecidedByRole ?? "";
            proto.DecisionReference = decision.Reference;
        }

        if (domain.ExtensionDecision is { } extension)
        {
            proto.ExtensionDecisionReference = extension.Reference;
            proto.ExtendedBy = extension.OfficerId;
            proto.ExtendedByRole = row.ExtensionDecidedByRole ?? "";
            proto.ExtendedOn = WireValues.ToDate(extension.On);
        }

        return proto;
    }
}
