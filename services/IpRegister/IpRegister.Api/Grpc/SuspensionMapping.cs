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
            ApplicantCapacity = (V1.ApplicantCapacity)(int)EnumCodes.Parse<D.Applications.ApplicantCapacity>(row.ApplicantCapacity),
            RightHolder = new V1.Party { Name = row.RightHolderName, Address = row.RightHolderAddress },
            Declarant = new V1.Party { Name = row.DeclarantName, Address = row.DeclarantAddress },
            SuspendedOn = Dates.ToProto(row.SuspendedOn),
            SuspendedUntil = Dates.ToProto(row.Until),
            NotifyPartiesBy = Dates.ToProto(domain.NotifyPartiesBy),
            LiftsOn = Dates.ToProto(domain.LiftsOn),
            ExtendedWorkingDays = row.ExtendedWorkingDays,
            Status = (V1.SuspensionStatus)(int)domain.Status,
            LiftReason = (V1.LiftReason)(int)domain.LiftReason,
            CourtDecisionReference = row.CourtDecisionReference ?? "",
            HolderLiableForDamage = row.HolderLiableForDamage,
        };
        if (row.EndedOn is { } ended)
        {
            proto.EndedOn = Dates.ToProto(ended);
        }

        proto.DetectedOn = Dates.ToProto(row.DetectedOn);
        if (domain.Status == D.Suspensions.SuspensionStatus.Held)
        {
            proto.DecideBy = Dates.ToProto(row.DecideBy);
        }

        if (domain.Decision is { } decision)
        {
            proto.Decision = (V1.SuspensionDecision)(int)decision.Decision;
            proto.DecidedOn = Dates.ToProto(decision.On);
            proto.DecidedBy = decision.OfficerId;
            proto.DecidedByRole = row.DecidedByRole ?? "";
            proto.DecisionReference = decision.Reference;
        }

        if (domain.ExtensionDecision is { } extension)
        {
            proto.ExtensionDecisionReference = extension.Reference;
            proto.ExtendedBy = extension.OfficerId;
            proto.ExtendedByRole = row.ExtensionDecidedByRole ?? "";
            proto.ExtendedOn = Dates.ToProto(extension.On);
        }

        return proto;
    }
}
