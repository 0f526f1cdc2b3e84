using Customs.ServiceDefaults;
using Contracts = Customs.Declarations.Contracts;
using D = Customs.Declarations.Api.Domain;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Tests.Grpc;

/// <summary>Every proto enum maps by name to its domain or contract enum, both ways; a new enum without a pair fails here.</summary>
public sealed class EnumMapTests
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(V1.DeclarationKind), typeof(Contracts.DeclarationKind) },
        { typeof(V1.MovementDirection), typeof(Contracts.MovementDirection) },
        { typeof(V1.DeclarationStatus), typeof(D.DeclarationStatus) },
        { typeof(V1.PartyKind), typeof(Contracts.PartyKind) },
        { typeof(V1.IntendedUse), typeof(Contracts.IntendedUse) },
        { typeof(V1.DocumentKind), typeof(D.DocumentKind) },
        { typeof(V1.GoodsCategory), typeof(D.GoodsCategory) },
        { typeof(V1.IpScreeningOutcome), typeof(D.IpScreeningOutcome) },
        { typeof(Customs.IpRegister.Contracts.ScreeningOutcome), typeof(D.IpScreeningOutcome) },
        { typeof(V1.ControlForm), typeof(D.ControlForm) },
        { typeof(V1.FindingKind), typeof(D.PersonalUse.FindingKind) },
    };

    /// <summary>Computed, not mapped: the stage follows from the suspension's events.</summary>
    private static readonly Type[] NotMapped = [typeof(V1.ReleaseSuspensionStage)];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_member_has_a_same_named_member_on_the_other_side(Type one, Type other)
    {
        Assert.Empty(EnumMap.Unmapped(one, other));
        Assert.Empty(EnumMap.Unmapped(other, one));
    }

    [Fact]
    public void Every_proto_enum_has_a_pair()
    {
        var paired = Pairs.Select(p => (Type)p[0]).ToHashSet();
        var protoEnums = typeof(V1.DeclarationService).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == "Customs.Declarations.V1");

        Assert.Equal([], [.. protoEnums.Where(t => !paired.Contains(t) && !NotMapped.Contains(t)).Select(t => t.Name)]);
    }
}
