using Customs.ServiceDefaults;
using Contracts = Customs.IpRegister.Contracts;
using D = Customs.IpRegister.Api.Domain;
using V1 = Customs.IpRegister.V1;

namespace Customs.IpRegister.Tests.Grpc;

/// <summary>Every proto enum maps by name to its domain or contract enum, both ways; a new enum without a pair fails here.</summary>
public sealed class EnumMapTests
{
    private static readonly (Type Proto, Type Other)[] Pairs =
    [
        (typeof(V1.ApplicantCapacity), typeof(D.Applications.ApplicantCapacity)),
        (typeof(V1.IpObjectKind), typeof(D.Applications.IpObjectKind)),
        (typeof(V1.SecurityKind), typeof(D.Applications.SecurityKind)),
        (typeof(V1.RefusalReason), typeof(D.Entries.RefusalReason)),
        (typeof(V1.ExclusionReason), typeof(D.Entries.ExclusionReason)),
        (typeof(V1.DeclarationChannel), typeof(D.Screening.DeclarationChannel)),
        (typeof(V1.ScreeningOutcome), typeof(Contracts.ScreeningOutcome)),
        (typeof(V1.SuspensionStatus), typeof(D.Suspensions.SuspensionStatus)),
        (typeof(V1.LiftReason), typeof(D.Suspensions.LiftReason)),
        (typeof(Contracts.SuspensionLiftReason), typeof(D.Suspensions.LiftReason)),
        (typeof(V1.SuspensionDecision), typeof(D.Suspensions.SuspensionDecision)),
        (typeof(V1.SuspensionParty), typeof(D.Notices.SuspensionParty)),
        (typeof(V1.InspectionAction), typeof(D.Inspections.InspectionAction)),
        (typeof(V1.SeizureAct), typeof(D.Suspensions.SeizureAct)),
        (typeof(V1.DetentionOutcome), typeof(D.China.DetentionOutcome)),
        (typeof(V1.GacParty), typeof(D.China.GacParty)),
        (typeof(V1.GacActKind), typeof(D.China.GacActKind)),
    ];

    [Fact]
    public void Every_proto_enum_maps_by_name_both_ways_to_its_pair() =>
        Assert.Equal([], EnumMap.Problems(Pairs, typeof(V1.IpRegisterService).Assembly, "Customs.IpRegister.V1"));
}
