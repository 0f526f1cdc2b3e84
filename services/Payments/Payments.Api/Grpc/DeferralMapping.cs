using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

internal static class DeferralMapping
{
    public static V1.Deferral ToProto(StoredDeferral stored)
    {
        var r = stored.Request;
        var proto = new V1.Deferral
        {
            DeferralId = stored.Id.ToString(), RequestReference = r.Reference, DeclarationId = r.DeclarationId, PayerTaxpayerNumber = r.Payer,
            Kind = EnumMap.To<V1.DeferralKind>(r.Kind), Ground = EnumMap.To<V1.DeferralGround>(r.Ground), Months = r.Months,
            Amount = r.AmountRub.ToMoney("RUB"), SubmittedOn = r.SubmittedOn.ToDate(), DecideBy = r.DecideBy.ToDate(),
            Status = V1.DeferralStatus.Requested, Part = r.PartAsked,
            Categories = { r.Categories.Select(c => EnumMap.To<V1.PaymentCategory>(c)) },
        };
        if (stored.Decision is not { } d)
        {
            return proto;
        }

        proto.Status = EnumMap.To<V1.DeferralStatus>(d.Outcome);
        proto.DecidedOn = d.DecidedOn.ToDate();
        proto.DecidedLate = d.DecidedLate;
        proto.RefusalGround = EnumMap.To<V1.DeferralRefusalGround>(d.RefusalGround);
        proto.RefusalReason = d.RefusalReason;
        proto.OriginalDueDate = d.OriginalDueDate?.ToDate();
        proto.NewDueDate = d.NewDueDate?.ToDate();
        proto.Interest = d.InterestRub.ToMoney("RUB");
        proto.PenaltyCharged = d.PenaltyChargedRub.ToMoney("RUB");
        proto.Security = new V1.DeferralSecurity { Required = d.SecurityRequired, Amount = d.SecurityRequiredRub.ToMoney("RUB"), Reference = d.SecurityReference };
        proto.Schedule.Add(d.Schedule.Select(i => new V1.Instalment
        {
            Number = i.Number, DueOn = i.DueOn.ToDate(), Principal = i.PrincipalRub.ToMoney("RUB"), Interest = i.InterestRub.ToMoney("RUB"),
            InterestParts = { i.InterestParts.Select(ResponseMapping.ToProto) },
            Category = i.Category is { } c ? EnumMap.To<V1.PaymentCategory>(c) : V1.PaymentCategory.Unspecified,
        }));
        if (stored.Rescission is { } x)
        {
            proto.Status = V1.DeferralStatus.Rescinded;
            proto.Rescission = new V1.DeferralRescission
            {
                RescindedOn = x.RescindedOn.ToDate(), Ground = EnumMap.To<V1.DeferralRefusalGround>(x.Ground), Reason = x.Reason, NotifyBy = x.NotifyBy.ToDate(),
                NotifyByProvisional = x.NotifyByIsProvisional, InterestCharged = x.InterestChargedRub.ToMoney("RUB"), FallingDue = x.FallingDueRub.ToMoney("RUB"),
            };
        }

        return proto;
    }
}
