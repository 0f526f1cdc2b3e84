using Customs.BuildingBlocks.Identity;
using Customs.Payments.Api.Application;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>Refunds (Arts. 355-356): officers notify, the payer asks, the head of the office or the deputy resolves (355(4)).</summary>
[Authorize]
public sealed class RefundGrpcService(Refunds refunds) : RefundService.RefundServiceBase
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<NotifyOverpaymentResponse> NotifyOverpayment(NotifyOverpaymentRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var discovered = RequestMapping.Required(request.DiscoveredOn, "discovered_on", violations);
        var notified = RequestMapping.Required(request.NotifiedOn, "notified_on", violations);
        if (discovered > notified)
        {
            violations.Add(new("notified_on", "cannot be before the overpayment was discovered"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var notice = await refunds.NotifyAsync(request.DeclarationId, discovered!.Value, notified!.Value, context.GetCaller().Subject, context.CancellationToken);
        return new NotifyOverpaymentResponse
        {
            DeclarationId = notice.DeclarationId, Amount = notice.AmountRub.ToMoney("RUB"), DiscoveredOn = notice.DiscoveredOn.ToDate(),
            NotifiedOn = notice.NotifiedOn.ToDate(), NotifyBy = notice.NotifyBy.ToDate(), NotifiedLate = notice.NotifiedLate,
        };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<RequestRefundResponse> RequestRefund(RequestRefundRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.RequestReference, "request_reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestMapping.TaxpayerNumber(request.PayerTaxpayerNumber, "payer_taxpayer_number", violations);
        if (request.Ground == V1.RefundGround.Unspecified)
        {
            violations.Add(new("ground", "is required: Art. 355 or a case of Art. 356(1)"));
        }

        var amount = RequestMapping.RequiredRoubles(request.Amount, "amount", violations);
        var paid = RequestMapping.Required(request.PaidOn, "paid_on", violations);
        var submitted = RequestMapping.Required(request.SubmittedOn, "submitted_on", violations);
        var complete = request.CompleteOn.ToDateOnlyOrNull() ?? submitted;
        if (paid > submitted)
        {
            violations.Add(new("paid_on", "cannot be after the request was submitted"));
        }

        if (complete < submitted)
        {
            violations.Add(new("complete_on", "cannot be before the request was submitted"));
        }

        var account = RefundMapping.ToAccount(request.RefundAccount, violations);
        RequestValidationException.ThrowIfAny(violations);
        PayerAccess.EnsureOwn(request.PayerTaxpayerNumber, context, "Art. 355(2)");
        var (refund, created) = await refunds.RequestAsync(request.RequestReference, request.DeclarationId, request.PayerTaxpayerNumber,
            EnumMap.To<Domain.Refunds.RefundGround>(request.Ground), amount, paid!.Value, submitted!.Value, complete!.Value, request.NaturalPerson,
            account, context.GetCaller().Subject, context.CancellationToken);
        return new RequestRefundResponse { Refund = RefundMapping.ToProto(refund), Created = created };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<DecideRefundResponse> DecideRefund(DecideRefundRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.RefundId, "refund_id", violations);
        var decided = RequestMapping.Required(request.DecidedOn, "decided_on", violations);
        var refunded = RequestMapping.Required(request.RefundedOn, "refunded_on", violations);
        if (refunded < decided)
        {
            violations.Add(new("refunded_on", "cannot be before the resolution"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var refund = await refunds.DecideAsync(id, decided!.Value, refunded!.Value, request.OffsetDeclarationId.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new DecideRefundResponse { Refund = RefundMapping.ToProto(refund) };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<GetRefundResponse> GetRefund(GetRefundRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.RefundId, "refund_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var refund = await refunds.GetAsync(id, context.CancellationToken);
        PayerAccess.EnsureOwn(refund.Request.Payer, context, "Art. 355(2)");
        return new GetRefundResponse { Refund = RefundMapping.ToProto(refund) };
    }
}
