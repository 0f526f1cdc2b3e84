using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Api.Grpc;

/// <summary>Calling a guarantee: a demand to the guarantor (Art. 349(3)) and the guarantor's payments settling the obligation.</summary>
[Authorize]
public sealed class GuarantorDemandGrpcService(GuaranteeCalls calls, GuarantorDemandStore demands, TimeProvider clock) : GuarantorDemandService.GuarantorDemandServiceBase
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<CallGuaranteeResponse> CallGuarantee(CallGuaranteeRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.SecurityId, "security_id", violations);
        RequestMapping.RequireId(request.OperationReference, "operation_reference", violations);
        RequestMapping.RequireId(request.DemandReference, "demand_reference", violations);
        var dispatchedOn = RequestMapping.Required(request.DispatchedOn, "dispatched_on", violations);
        // delivery and working_days_to_meet are held to Art. 350(4), (5) by GuaranteeCallRules.Term.
        RequestValidationException.ThrowIfAny(violations);
        var (demand, created, overdue) = await calls.CallAsync(id, request.OperationReference, request.DemandReference, dispatchedOn!.Value,
            EnumMap.To<Domain.Demands.DemandDelivery>(request.Delivery), request.WorkingDaysToMeet, context.GetCaller().Subject, context.CancellationToken);
        return new CallGuaranteeResponse { Demand = ToProto(demand, overdue), Created = created };
    }

    [Authorize(Policy = CallerPolicies.GuarantorOrOfficer)]
    public override async Task<RecordGuarantorPaymentResponse> RecordGuarantorPayment(RecordGuarantorPaymentRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.DemandId, "demand_id", violations);
        RequestMapping.RequireId(request.PaymentReference, "payment_reference", violations);
        var amount = RequestMapping.RequiredRoubles(request.Amount, "amount", violations);
        var paidOn = RequestMapping.Required(request.PaidOn, "paid_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var caller = context.GetCaller();
        var (demand, payment, booked, overdue) = await calls.PayAsync(id, request.PaymentReference, amount, paidOn!.Value, caller.Subject,
            d => caller.IsOfficer || caller.TaxpayerNumber == d.Guarantor, context.CancellationToken);
        return new RecordGuarantorPaymentResponse
        {
            Demand = ToProto(demand, overdue), ToPayments = payment.ToPaymentsRub.ToMoney("RUB"), PaidLate = demand.PaidLate(payment.PaidOn), ToPenalties = payment.ToPenaltiesRub.ToMoney("RUB"),
            ToInterest = payment.ToInterestRub.ToMoney("RUB"),
            Excess = payment.ExcessRub.ToMoney("RUB"), Booked = booked,
        };
    }

    [Authorize(Policy = CallerPolicies.GuarantorOrOfficer)]
    public override async Task<GetGuarantorDemandResponse> GetGuarantorDemand(GetGuarantorDemandRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.DemandId, "demand_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (demand, overdue) = await calls.GetAsync(id, context.CancellationToken);
        var caller = context.GetCaller();
        if (!caller.IsOfficer && caller.TaxpayerNumber != demand.Guarantor)
        {
            // Not the caller's to see: as if there were none.
            throw new NotFoundException(PaymentErrors.GuarantorDemandNotFound, $"No demand to a guarantor {id}.");
        }

        return new GetGuarantorDemandResponse { Demand = ToProto(demand, overdue) };
    }

    /// <summary>Arts. 350(4), 344(1): the demands open after their term, oldest first.</summary>
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ListOverdueGuarantorDemandsResponse> ListOverdueGuarantorDemands(ListOverdueGuarantorDemandsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (request.GuarantorTaxpayerNumber.Length > 0)
        {
            RequestMapping.TaxpayerNumber(request.GuarantorTaxpayerNumber, "guarantor_taxpayer_number", violations);
        }

        var page = Paging.Read<OverdueCursor>(request, DefaultPageSize, MaxPageSize, violations);
        RequestValidationException.ThrowIfAny(violations);
        var rows = await demands.OverdueAsync(request.GuarantorTaxpayerNumber, clock.GetUtcNow(), page.After?.OverdueFrom, page.After?.Id ?? Guid.Empty,
            page.PageSize + 1, context.CancellationToken);
        var shown = rows.Take(page.PageSize).ToList();
        return new ListOverdueGuarantorDemandsResponse
        {
            Demands = { shown.Select(r => ToProto(r.Demand, overdue: true)) },
            NextPageToken = page.NextToken(rows.Count > page.PageSize ? new OverdueCursor(shown[^1].OverdueFrom, shown[^1].Demand.Id) : null),
        };
    }

    private sealed record OverdueCursor(DateTimeOffset OverdueFrom, Guid Id);

    private static GuarantorDemand ToProto(D.GuarantorDemand d, bool overdue) => new()
    {
        DemandId = d.Id.ToString(), DemandReference = d.Reference, SecurityId = d.SecurityId.ToString(), OperationReference = d.OperationReference,
        DeclarationId = d.DeclarationId, GuarantorTaxpayerNumber = d.Guarantor, DispatchedOn = d.DispatchedOn.ToDate(), TermEndedOn = d.TermEndedOn.ToDate(),
        LastPenaltyDay = d.LastPenaltyDay.ToDate(), Duties = d.DutiesRub.ToMoney("RUB"), Penalties = d.PenaltiesRub.ToMoney("RUB"),
        Amount = d.AmountRub.ToMoney("RUB"), Paid = d.PaidRub.ToMoney("RUB"), Status = EnumMap.To<GuarantorDemandStatus>(d.Status), MetOn = d.MetOn?.ToDate(),
        IssuedAt = Timestamp.FromDateTimeOffset(d.IssuedAt), Interest = d.InterestRub.ToMoney("RUB"), PenaltiesPaid = d.PenaltiesPaidRub.ToMoney("RUB"),
        Delivery = d.Term is { } t ? EnumMap.To<DemandDelivery>(t.Delivery) : DemandDelivery.Unspecified, ReceivedOn = d.Term?.ReceivedOn.ToDate(),
        MeetBy = d.Term?.MeetBy.ToDate(), MeetByProvisional = d.Term?.MeetByProvisional ?? false, Overdue = overdue,
    };
}
