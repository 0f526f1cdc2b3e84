using Customs.ServiceDefaults;
using Contracts = Customs.Declarations.Contracts;
using D = Customs.Declarations.Api.Domain;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Tests.Grpc;

/// <summary>Every proto enum maps by name to its domain or contract enum, both ways; a new enum without a pair fails here.</summary>
public sealed class EnumMapTests
{
    private static readonly (Type Proto, Type Other)[] Pairs =
    [
        (typeof(V1.DeclarationKind), typeof(Contracts.DeclarationKind)),
        (typeof(V1.MovementDirection), typeof(Contracts.MovementDirection)),
        (typeof(V1.DeclarationStatus), typeof(D.DeclarationStatus)),
        (typeof(V1.PartyKind), typeof(Contracts.PartyKind)),
        (typeof(V1.IntendedUse), typeof(Contracts.IntendedUse)),
        (typeof(V1.DocumentKind), typeof(D.DocumentKind)),
        (typeof(V1.GoodsCategory), typeof(D.GoodsCategory)),
        (typeof(V1.IpScreeningOutcome), typeof(D.IpScreeningOutcome)),
        (typeof(Customs.IpRegister.Contracts.ScreeningOutcome), typeof(D.IpScreeningOutcome)),
        (typeof(V1.ControlForm), typeof(D.ControlForm)),
        (typeof(V1.ControlTermExtensionGround), typeof(D.ControlTermExtensionGround)),
        (typeof(V1.FindingKind), typeof(D.PersonalUse.FindingKind)),
        (typeof(V1.ReleaseConditionKind), typeof(D.ReleaseConditionKind)),
    ];

    [Fact]
    public void Every_proto_enum_maps_by_name_both_ways_to_its_pair() =>
        Assert.Equal([], EnumMap.Problems(Pairs, typeof(V1.DeclarationService).Assembly, "Customs.Declarations.V1", typeof(V1.ReleaseSuspensionStage)));
}
