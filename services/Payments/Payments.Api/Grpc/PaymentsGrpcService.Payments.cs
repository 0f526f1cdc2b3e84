using Customs.BuildingBlocks.Identity;
using Customs.Payments.Api.Domain;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.Payments.Api.Grpc;

/// <summary>Payment (Arts. 328-332): advances booked to payers' accounts, directed to declarations, receipts.</summary>
public sealed partial class PaymentsGrpcService
{
    [Authorize(Policy = CallerPolicies.PaymentRecorder)]
    public override async Task<RecordPaymentResponse> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.PaymentReference, "payment_reference", violations);
        RequestMapping.TaxpayerNumber(request.PayerTaxpayerNumber, "payer_taxpayer_number", violations);
        var (amount, currency) = RequestMapping.RequiredAmount(request.Amount, "amount", violations);
        var paidOn = RequestMapping.Required(request.PaidOn, "paid_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var booked = await booking.RecordAsync(new Data.AccountEntry
        {
            TaxpayerNumber = request.PayerTaxpayerNumber, PaymentReference = request.PaymentReference, OnDate = paidOn!.Value, Currency = currency,
            AmountRub = currency == "RUB" ? amount : null, Amount = currency == "RUB" ? null : amount,
        }, context.CancellationToken);
        return new RecordPaymentResponse { Booked = booked, Account = await AccountAsync(request.PayerTaxpayerNumber, context) };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<DirectAdvanceResponse> DirectAdvance(DirectAdvanceRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestMapping.TaxpayerNumber(request.PayerTaxpayerNumber, "payer_taxpayer_number", violations);
        var (amount, currency) = RequestMapping.RequiredAmount(request.Amount, "amount", violations);
        RequestValidationException.ThrowIfAny(violations);
        EnsureOwnAccount(request.PayerTaxpayerNumber, context);
        var (receipt, obligation) = await booking.DirectAsync(request.DeclarationId, request.PayerTaxpayerNumber, amount, currency, context.CancellationToken);
        return new DirectAdvanceResponse { Receipt = ResponseMapping.ToProto(receipt), Obligation = ResponseMapping.ToProto(obligation, null) };
    }

    [Authorize(Policy = CallerPolicies.OfficerOrService)]
    public override async Task<GetObligationResponse> GetObligation(GetObligationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (obligation, toDate, interestToDate) = await booking.ObligationAsync(request.DeclarationId, request.On.ToDateOnlyOrNull(), context.CancellationToken);
        return new GetObligationResponse { Obligation = ResponseMapping.ToProto(obligation, toDate, interestToDate) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordTemporaryStorageResponse> RecordTemporaryStorage(RecordTemporaryStorageRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var from = RequestMapping.Required(request.Period?.From, "period.from", violations);
        var to = RequestMapping.Required(request.Period?.To, "period.to", violations);
        if (from > to)
        {
            violations.Add(new("period.to", "must not be before from"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var obligation = await booking.RecordTemporaryStorageAsync(request.DeclarationId, from!.Value, to!.Value, context.CancellationToken);
        return new RecordTemporaryStorageResponse { Obligation = ResponseMapping.ToProto(obligation, null) };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<GetPayerAccountResponse> GetPayerAccount(GetPayerAccountRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        RequestValidationException.ThrowIfAny(violations);
        EnsureOwnAccount(request.TaxpayerNumber, context);
        return new GetPayerAccountResponse { Account = await AccountAsync(request.TaxpayerNumber, context) };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<ReportAccountUseResponse> ReportAccountUse(ReportAccountUseRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.RequestReference, "request_reference", violations);
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        var requestedOn = RequestMapping.Required(request.RequestedOn, "requested_on", violations);
        var from = RequestMapping.Required(request.PeriodFrom, "period_from", violations);
        var to = RequestMapping.Required(request.PeriodTo, "period_to", violations);
        if (from > to)
        {
            violations.Add(new("period_to", "must not be before period_from"));
        }

        RequestValidationException.ThrowIfAny(violations);
        EnsureOwnAccount(request.TaxpayerNumber, context);
        var (report, created) = await reports.ReportAsync(
            request.TaxpayerNumber, request.RequestReference, requestedOn!.Value, from!.Value, to!.Value, context.GetCaller().Subject, context.CancellationToken);
        return new ReportAccountUseResponse { Report = ResponseMapping.ToProto(report), Created = created };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<GetAccountUseReportResponse> GetAccountUseReport(GetAccountUseReportRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.ReportNumber, "report_number", violations);
        RequestValidationException.ThrowIfAny(violations);
        var report = await reports.GetAsync(request.ReportNumber, context.CancellationToken);
        EnsureOwnAccount(report.Report.TaxpayerNumber, context);
        return new GetAccountUseReportResponse { Report = ResponseMapping.ToProto(report) };
    }

    private async Task<PayerAccount> AccountAsync(string taxpayerNumber, ServerCallContext context) =>
        ResponseMapping.ToProto(taxpayerNumber, await booking.AccountAsync(taxpayerNumber, context.CancellationToken));

    /// <summary>Art. 330(3): advances are the payer's; a payer or declarant acts on its own account only, an officer on any.</summary>
    private static void EnsureOwnAccount(string taxpayerNumber, ServerCallContext context) => PayerAccess.EnsureOwn(taxpayerNumber, context, "Art. 330(3)");
}
