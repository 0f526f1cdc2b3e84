using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

internal static class RefundMapping
{
    public static V1.Refund ToProto(StoredRefund stored)
    {
        var r = stored.Request;
        var proto = new V1.Refund
        {
            RefundId = stored.Id.ToString(), RequestReference = r.Reference, DeclarationId = r.DeclarationId, PayerTaxpayerNumber = r.Payer,
            Ground = EnumMap.To<V1.RefundGround>(r.Ground), Amount = r.AmountRub.ToMoney("RUB"), PaidOn = r.PaidOn.ToDate(),
            SubmittedOn = r.SubmittedOn.ToDate(), CompleteOn = r.CompleteOn.ToDate(), RefundBy = r.RefundBy.ToDate(),
        };
        if (stored.Decision is not { } d)
        {
            return proto;
        }

        proto.Decided = true;
        proto.DecidedOn = d.DecidedOn.ToDate();
        proto.RefundedOn = d.RefundedOn.ToDate();
        proto.OffsetDeclarationId = d.OffsetDeclarationId;
        proto.Offset = d.OffsetRub.ToMoney("RUB");
        proto.OffsetNoticeBy = d.OffsetNoticeBy.ToDate();
        proto.Refunded = d.RefundRub.ToMoney("RUB");
        proto.Interest = d.Interest.AmountRub.ToMoney("RUB");
        proto.InterestParts.Add(d.Interest.Parts.Select(ResponseMapping.ToProto));
        return proto;
    }
}
