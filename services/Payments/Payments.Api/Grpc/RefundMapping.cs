using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

internal static class RefundMapping
{
    /// <summary>Art. 355(5): the account named in the request: a BIC of 9 digits and a settlement account of 20.</summary>
    public static Domain.Refunds.RefundAccount ToAccount(V1.RefundAccount? account, List<FieldViolation> violations)
    {
        if (account is null)
        {
            violations.Add(new("refund_account", "is required: the refund is paid to the account named in the request (Art. 355(5))"));
            return new("", "");
        }

        if (account.BankBic.Length != 9 || !account.BankBic.All(char.IsAsciiDigit))
        {
            violations.Add(new("refund_account.bank_bic", "must be the bank's 9-digit identification code"));
        }

        if (account.AccountNumber.Length != 20 || !account.AccountNumber.All(char.IsAsciiDigit))
        {
            violations.Add(new("refund_account.account_number", "must be a 20-digit settlement account"));
        }

        return new(account.BankBic, account.AccountNumber);
    }

    public static V1.Refund ToProto(StoredRefund stored)
    {
        var r = stored.Request;
        var proto = new V1.Refund
        {
            RefundId = stored.Id.ToString(), RequestReference = r.Reference, DeclarationId = r.DeclarationId, PayerTaxpayerNumber = r.Payer,
            Ground = EnumMap.To<V1.RefundGround>(r.Ground), Amount = r.AmountRub.ToMoney("RUB"), PaidOn = r.PaidOn.ToDate(),
            SubmittedOn = r.SubmittedOn.ToDate(), CompleteOn = r.CompleteOn.ToDate(), RefundBy = r.RefundBy.ToDate(),
            RefundAccount = r.Account is { } a ? new V1.RefundAccount { BankBic = a.BankBic, AccountNumber = a.AccountNumber } : null,
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
        proto.PenaltiesReturned = d.PenaltiesReturnedRub.ToMoney("RUB");
        proto.DeferralInterestReturned = d.InterestReturnedRub.ToMoney("RUB");
        proto.InterestParts.Add(d.Interest.Parts.Select(ResponseMapping.ToProto));
        return proto;
    }
}
