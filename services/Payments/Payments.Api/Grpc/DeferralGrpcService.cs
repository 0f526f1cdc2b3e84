using Customs.BuildingBlocks.Identity;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>Deferral and instalments (Arts. 333-337): the payer asks, the head of the office or the deputy decides.</summary>
[Authorize]
public sealed class DeferralGrpcService(Deferrals deferrals) : DeferralService.DeferralServiceBase
{
    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<RequestDeferralResponse> RequestDeferral(RequestDeferralRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.RequestReference, "request_reference", violations);
        RequestMapping.RequireId(request.DeclarationId, "declaration_id", violations);
        RequestMapping.TaxpayerNumber(request.PayerTaxpayerNumber, "payer_taxpayer_number", violations);
        if (request.Kind == V1.DeferralKind.Unspecified)
        {
            violations.Add(new("kind", "is required: deferral or instalments (Art. 333(2))"));
        }

        if (request.Ground == V1.DeferralGround.Unspecified)
        {
            violations.Add(new("ground", "is required: one of the grounds of Art. 334"));
        }

        if (request.Months is < DeferralRules.MinMonths or > DeferralRules.MaxMonths)
        {
            violations.Add(new("months", "must be 1 to 6 (Art. 333(6))"));
        }

        var submitted = RequestMapping.Required(request.SubmittedOn, "submitted_on", violations);
        // Art. 333(4): "or part thereof".
        decimal? part = request.Amount is null ? null : RequestMapping.RequiredRoubles(request.Amount, "amount", violations);
        // Art. 333(4): "with regard to one or several categories of customs duties and taxes"; none named: all of what is owed.
        for (var i = 0; i < request.Categories.Count; i++)
        {
            if (request.Categories[i] == V1.PaymentCategory.Unspecified || !Enum.IsDefined(request.Categories[i]))
            {
                violations.Add(new($"categories[{i}]", "is not a category of customs payments"));
            }
        }

        RequestValidationException.ThrowIfAny(violations);
        PayerAccess.EnsureOwn(request.PayerTaxpayerNumber, context, "Art. 333(1)");
        var (deferral, created) = await deferrals.RequestAsync(request.RequestReference, request.DeclarationId, request.PayerTaxpayerNumber,
            EnumMap.To<Domain.Deferrals.DeferralKind>(request.Kind), EnumMap.To<Domain.Deferrals.DeferralGround>(request.Ground), request.Months,
            submitted!.Value, part, [.. request.Categories.Select(c => EnumMap.To<Domain.Payments.PaymentCategory>(c))], context.GetCaller().Subject, context.CancellationToken);
        return new RequestDeferralResponse { Deferral = DeferralMapping.ToProto(deferral), Created = created };
    }

    /// <summary>Art. 333(1): the Federal Customs Service or an office it names decides: its head or the deputy signs.</summary>
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<DecideDeferralResponse> DecideDeferral(DecideDeferralRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.DeferralId, "deferral_id", violations);
        if (request.Outcome is not (V1.DeferralStatus.Approved or V1.DeferralStatus.Refused))
        {
            violations.Add(new("outcome", "is required: approved or refused"));
        }

        var decided = RequestMapping.Required(request.DecidedOn, "decided_on", violations);
        if (request.Outcome == V1.DeferralStatus.Refused && request.RefusalGround == V1.DeferralRefusalGround.Unspecified)
        {
            violations.Add(new("refusal_ground", "is required to refuse: only the circumstances of Art. 335(1) (Art. 333(3))"));
        }

        if (request.Outcome == V1.DeferralStatus.Approved && request.RefusalGround != V1.DeferralRefusalGround.Unspecified)
        {
            violations.Add(new("refusal_ground", "an approval has no refusal ground"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var deferral = await deferrals.DecideAsync(id, EnumMap.To<Domain.Deferrals.DeferralStatus>(request.Outcome), decided!.Value,
            EnumMap.To<Domain.Deferrals.DeferralRefusalGround>(request.RefusalGround), request.SecurityReference.Trim(), context.GetCaller().Subject,
            context.CancellationToken);
        return new DecideDeferralResponse { Deferral = DeferralMapping.ToProto(deferral) };
    }

    /// <summary>Art. 335(2): rescinded by a resolution of the office, as it was granted: its head or the deputy.</summary>
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<RescindDeferralResponse> RescindDeferral(RescindDeferralRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.DeferralId, "deferral_id", violations);
        if (request.Ground == V1.DeferralRefusalGround.Unspecified)
        {
            violations.Add(new("ground", "is required: a circumstance of Art. 335(1) (Art. 335(2))"));
        }

        var rescinded = RequestMapping.Required(request.RescindedOn, "rescinded_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var deferral = await deferrals.RescindAsync(id, rescinded!.Value, EnumMap.To<Domain.Deferrals.DeferralRefusalGround>(request.Ground),
            context.GetCaller().Subject, context.CancellationToken);
        return new RescindDeferralResponse { Deferral = DeferralMapping.ToProto(deferral) };
    }

    [Authorize(Policy = CallerPolicies.PayerOrOfficer)]
    public override async Task<GetDeferralResponse> GetDeferral(GetDeferralRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.DeferralId, "deferral_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var deferral = await deferrals.GetAsync(id, context.CancellationToken);
        PayerAccess.EnsureOwn(deferral.Request.Payer, context, "Art. 333(7)");
        return new GetDeferralResponse { Deferral = DeferralMapping.ToProto(deferral) };
    }
}
