using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Api.Grpc;

/// <summary>Art. 337(2): the officer's written waiver of security.</summary>
public sealed partial class GuaranteeGrpcService
{
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<WaiveSecurityResponse> WaiveSecurity(WaiveSecurityRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.WaiverReference, "waiver_reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            violations.Add(new("reason", "is required: the good reasons to believe the commitments will be fulfilled (Art. 337(2))"));
        }

        var decidedOn = RequestMapping.Required(request.DecidedOn, "decided_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var caller = context.GetCaller();
        var waiver = new D.SecurityWaiver(Guid.CreateVersion7(clock.GetUtcNow()), request.WaiverReference, request.DeclarationId, request.OperationReference,
            caller.OfficeCode!, request.Reason.Trim(), decidedOn!.Value, caller.Subject);
        var (booked, created) = await waivers.WaiveAsync(waiver, context.CancellationToken);
        return new WaiveSecurityResponse { Waiver = ToProto(booked), Created = created };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ListSecurityWaiversResponse> ListSecurityWaivers(ListSecurityWaiversRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var list = await waivers.ListAsync(request.DeclarationId, context.CancellationToken);
        return new ListSecurityWaiversResponse { Waivers = { list.Select(ToProto) } };
    }

    private static SecurityWaiver ToProto(D.SecurityWaiver w) => new()
    {
        WaiverId = w.Id.ToString(), WaiverReference = w.Reference, DeclarationId = w.DeclarationId, OperationReference = w.OperationReference,
        OfficeCode = w.OfficeCode, Reason = w.Reason, DecidedOn = w.DecidedOn.ToDate(), DecidedBy = w.DecidedBy,
    };
}
