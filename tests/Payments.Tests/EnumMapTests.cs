using Customs.ServiceDefaults;
using D = Customs.Payments.Api.Domain.Assessment;
using G = Customs.Guarantees.V1;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Tests;

/// <summary>Every proto enum maps by name to its domain enum, both ways; a new enum without a pair fails here.</summary>
public sealed class EnumMapTests
{
    private static readonly (Type Proto, Type Other)[] Pairs =
    [
        (typeof(V1.DeclarationKind), typeof(D.DeclarationKind)),
        (typeof(V1.FigureKind), typeof(D.FigureKind)),
        (typeof(V1.DemandDelivery), typeof(Customs.Payments.Api.Domain.Demands.DemandDelivery)),
        (typeof(V1.DeferralKind), typeof(Customs.Payments.Api.Domain.Deferrals.DeferralKind)),
        (typeof(V1.DeferralGround), typeof(Customs.Payments.Api.Domain.Deferrals.DeferralGround)),
        (typeof(V1.DeferralRefusalGround), typeof(Customs.Payments.Api.Domain.Deferrals.DeferralRefusalGround)),
        (typeof(V1.DeferralStatus), typeof(Customs.Payments.Api.Domain.Deferrals.DeferralStatus)),
        (typeof(V1.CollectionSource), typeof(Customs.Payments.Api.Domain.Collection.CollectionSource)),
        (typeof(V1.PayerKind), typeof(Customs.Payments.Api.Domain.Collection.PayerKind)),
        (typeof(V1.RefundGround), typeof(Customs.Payments.Api.Domain.Refunds.RefundGround)),
        (typeof(V1.PaymentCategory), typeof(Customs.Payments.Api.Domain.Payments.PaymentCategory)),
    ];

    private static readonly (Type Proto, Type Other)[] GuaranteePairs =
    [
        (typeof(G.GuarantorKind), typeof(Customs.Payments.Api.Domain.Guarantors.GuarantorKind)),
        (typeof(G.ExclusionGround), typeof(Customs.Payments.Api.Domain.Guarantors.ExclusionGround)),
        (typeof(G.ApplicationStatus), typeof(Customs.Payments.Api.Domain.Guarantors.ApplicationStatus)),
        (typeof(G.SecurityMethod), typeof(Customs.Payments.Api.Domain.Securities.SecurityMethod)),
        (typeof(G.ReservationStatus), typeof(Customs.Payments.Api.Domain.Securities.ReservationStatus)),
        (typeof(G.SecurityDisposition), typeof(Customs.Payments.Api.Domain.Securities.SecurityDisposition)),
        (typeof(G.GuarantorDemandStatus), typeof(Customs.Payments.Api.Domain.Securities.GuarantorDemandStatus)),
        (typeof(G.SecurityPurpose), typeof(Customs.Payments.Api.Domain.Securities.SecurityPurpose)),
        (typeof(G.DemandDelivery), typeof(Customs.Payments.Api.Domain.Demands.DemandDelivery)),
    ];

    [Fact]
    public void Every_proto_enum_maps_by_name_both_ways_to_its_pair() =>
        Assert.Equal([], EnumMap.Problems(Pairs, typeof(V1.PaymentsService).Assembly, "Customs.Payments.V1"));

    [Fact]
    public void Every_guarantees_proto_enum_maps_by_name_both_ways_to_its_pair() =>
        Assert.Equal([], EnumMap.Problems(GuaranteePairs, typeof(G.GuarantorRegisterService).Assembly, "Customs.Guarantees.V1"));
}
