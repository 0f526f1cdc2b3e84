using Customs.BuildingBlocks.Identity;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>Compulsory collection (Arts. 348, 351-354): resolutions of the head of the office or the deputy.</summary>
[Authorize]
public sealed class CollectionGrpcService(Collections collections) : CollectionService.CollectionServiceBase
{
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<CollectArrearsResponse> CollectArrears(CollectArrearsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.Reference, "reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var demand = RequestMapping.RequireGuid(request.DemandId, "demand_id", violations);
        if (request.Source == V1.CollectionSource.Unspecified)
        {
            violations.Add(new("source", "is required: bank accounts, advances, goods, other property or a court claim"));
        }

        if (request.PayerKind == V1.PayerKind.Unspecified)
        {
            violations.Add(new("payer_kind", "is required: natural persons are collected from only through a court (Art. 348(3))"));
        }

        var decided = RequestMapping.Required(request.DecidedOn, "decided_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var order = new CollectionOrder(request.Reference, request.DeclarationId, demand, EnumMap.To<Domain.Collection.CollectionSource>(request.Source),
            EnumMap.To<Domain.Collection.PayerKind>(request.PayerKind), decided!.Value, request.CourtReference.Trim(), request.NoBankAccountDetails);
        var (act, created) = await collections.CollectAsync(order, context.GetCaller().Subject, context.CancellationToken);
        return new CollectArrearsResponse { Act = ToProto(act), Created = created };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ListCollectionActsResponse> ListCollectionActs(ListCollectionActsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var acts = await collections.OfDeclarationAsync(request.DeclarationId, context.CancellationToken);
        return new ListCollectionActsResponse { Acts = { acts.Select(ToProto) } };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordCollectionProceedsResponse> RecordCollectionProceeds(RecordCollectionProceedsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.PaymentReference, "payment_reference", violations);
        var act = RequestMapping.RequireGuid(request.ActId, "act_id", violations);
        var (amount, currency) = RequestMapping.RequiredAmount(request.Amount, "amount", violations);
        var received = RequestMapping.Required(request.ReceivedOn, "received_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var (proceeds, applied, created) = await collections.RecordProceedsAsync(
            request.PaymentReference, act, amount, currency, received!.Value, context.GetCaller().Subject, context.CancellationToken);
        return new RecordCollectionProceedsResponse
        {
            Created = created,
            Proceeds = new V1.CollectionProceeds
            {
                PaymentReference = proceeds.PaymentReference, ActId = proceeds.ActId.ToString(), Amount = proceeds.Amount.ToMoney(proceeds.Currency),
                AmountRub = proceeds.AmountRub.ToMoney("RUB"), Conversion = proceeds.Conversion is { } trace ? ResponseMapping.ToProto(trace) : null,
                ReceivedOn = proceeds.ReceivedOn.ToDate(), ToPayments = applied.ToPaymentsRub.ToMoney("RUB"), ToInterest = applied.ToInterestRub.ToMoney("RUB"),
                ToPenalties = applied.ToPenaltiesRub.ToMoney("RUB"), Excess = applied.ExcessRub.ToMoney("RUB"),
            },
        };
    }

    private static V1.CollectionAct ToProto(StoredCollectionAct stored)
    {
        var (act, order) = (stored.Act, stored.Act.Order);
        return new V1.CollectionAct
        {
            ActId = stored.Id.ToString(), Reference = order.Reference, DeclarationId = order.DeclarationId, DemandId = order.DemandId.ToString(),
            Source = EnumMap.To<V1.CollectionSource>(order.Source), PayerKind = EnumMap.To<V1.PayerKind>(order.PayerKind),
            DecidedOn = order.DecidedOn.ToDate(), CourtReference = order.CourtReference, Payments = act.PaymentsRub.ToMoney("RUB"),
            Penalties = act.PenaltiesRub.ToMoney("RUB"), Interest = act.InterestRub.ToMoney("RUB"), Collected = act.CollectedRub.ToMoney("RUB"), ReceiptNumber = stored.ReceiptNumber, OtherReceiptNumbers = { stored.OtherReceiptNumbers },
            NextStep = act.NextStep, NextStepBy = act.NextStepBy.ToDate(), Basis = act.Basis,
        };
    }
}
