using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.Payments.Api.Grpc;

/// <summary>Demands for payment (Art. 350).</summary>
public sealed partial class PaymentsGrpcService
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<IssueDemandResponse> IssueDemand(IssueDemandRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        var discovered = RequestMapping.Required(request.DiscoveredOn, "discovered_on", violations);
        var dispatched = RequestMapping.Required(request.DispatchedOn, "dispatched_on", violations);
        if (request.Delivery == V1.DemandDelivery.Unspecified)
        {
            violations.Add(new("delivery", "is required: handed or registered mail (Art. 350(5))"));
        }

        if (request.WorkingDaysToMeet is < 10 or > 20)
        {
            violations.Add(new("working_days_to_meet", "must be 10 to 20 working days (Art. 350(4))"));
        }

        if (discovered > dispatched)
        {
            violations.Add(new("dispatched_on", "cannot be before the non-payment was discovered"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var (id, demand) = await demands.IssueAsync(request.DeclarationId, discovered!.Value, dispatched!.Value,
            EnumMap.To<Domain.Demands.DemandDelivery>(request.Delivery), request.WorkingDaysToMeet, context.GetCaller().Subject, context.CancellationToken);
        return new IssueDemandResponse
        {
            DemandId = id.ToString(), Payments = demand.PaymentsRub.ToMoney("RUB"), Penalties = demand.PenaltiesRub.ToMoney("RUB"),
            Interest = demand.InterestRub.ToMoney("RUB"),
            ReceivedOn = demand.ReceivedOn.ToDate(), MeetBy = demand.MeetBy.ToDate(), MeetByProvisional = demand.MeetByProvisional,
            DispatchedLate = demand.DispatchedLate,
        };
    }
}
