using Customs.ServiceDefaults;
using E = Customs.Examination.Api.Domain.Examinations;
using R = Customs.Examination.Api.Domain.Risk;
using V1 = Customs.Examination.V1;
using X = Customs.Examination.Api.Domain.Experts;

namespace Customs.Examination.Tests;

/// <summary>Every proto enum maps by name to its domain enum, both ways; a new enum without a pair fails here.</summary>
public sealed class EnumMapTests
{
    private static readonly (Type Proto, Type Other)[] Pairs =
    [
        (typeof(V1.Lane), typeof(R.Lane)),
        (typeof(V1.ControlForm), typeof(R.ControlForm)),
        (typeof(V1.Direction), typeof(R.Direction)),
        (typeof(V1.DeclarationKind), typeof(R.DeclarationKind)),
        (typeof(V1.ExemptionGround), typeof(R.ExemptionGround)),
        (typeof(V1.ExaminationKind), typeof(E.ExaminationKind)),
        (typeof(V1.ExaminationStatus), typeof(E.ExaminationStatus)),
        (typeof(V1.AbsenceReason), typeof(E.AbsenceReason)),
        (typeof(V1.ExtensionGround), typeof(E.ExtensionGround)),
        (typeof(V1.ExtensionDecidedIn), typeof(E.ExtensionDecidedIn)),
        (typeof(V1.AnalysisKind), typeof(X.AnalysisKind)),
        (typeof(V1.AnalysisSubject), typeof(X.AnalysisSubject)),
        (typeof(V1.AnalysisStatus), typeof(X.AnalysisStatus)),
        (typeof(V1.DeclarantRight), typeof(X.DeclarantRight)),
        (typeof(V1.SampleDisposition), typeof(X.SampleDisposition)),
        (typeof(V1.ExpertRight), typeof(X.ExpertRight)),
        (typeof(V1.AnalysisInitiator), typeof(X.AnalysisInitiator)),
        (typeof(V1.CostsBorneBy), typeof(X.CostsBorneBy)),
        (typeof(V1.SampleTaker), typeof(X.SampleTaker)),
        (typeof(V1.SampleAuthorisationCondition), typeof(X.AuthorisationCondition)),
        (typeof(V1.CostIncurredBy), typeof(X.CostIncurredBy)),
    ];

    [Fact]
    public void Every_proto_enum_maps_by_name_both_ways_to_its_pair() =>
        Assert.Equal([], EnumMap.Problems(Pairs, typeof(V1.RiskManagementService).Assembly, "Customs.Examination.V1",
            // Generated for a oneof: which of its fields is set, read by the service, never mapped.
            typeof(V1.EstablishCustomsValueRequest.BasisOneofCase)));

    [Fact]
    public void The_declarations_kinds_map_by_name_to_selections() =>
        Assert.Equal([], EnumMap.Unmapped(typeof(Customs.Declarations.Contracts.DeclarationKind), typeof(R.DeclarationKind)));
}
