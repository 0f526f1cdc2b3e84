using Customs.IpRegister.Api.Suspensions;
using Customs.IpRegister.V1;
using Customs.BuildingBlocks.Identity;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The GAC procedure at Chinese offices (Arts. 21-32): the notice to the holder, its application, confiscation.</summary>
public sealed partial class IpRegisterGrpcService
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordGacNoticeDeliveredResponse> RecordGacNoticeDelivered(RecordGacNoticeDeliveredRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        var deliveredOn = RequiredDate(request.DeliveredOn, "delivered_on", violations);
        Required(request.NoticeReference, "notice_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var done = await gac.RecordNoticeDeliveredAsync(id, deliveredOn, request.NoticeReference.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new RecordGacNoticeDeliveredResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ApplyForGacDetentionResponse> ApplyForGacDetention(ApplyForGacDetentionRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        var appliedOn = RequiredDate(request.AppliedOn, "applied_on", violations);
        var goodsValue = GacDetentionMapping.ReadCny(request.GoodsValue, "goods_value", required: true, violations);
        var guarantee = GacDetentionMapping.ReadCny(request.Guarantee, "guarantee", required: false, violations);
        var general = ReadGeneralGuarantee(request.GeneralGuarantee, violations);
        Required(request.Consignee, "consignee", violations);
        Required(request.Consignor, "consignor", violations);
        Required(request.ApplicationReference, "application_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var application = new DetentionApplication(
            appliedOn, goodsValue!.Value, guarantee, general, request.Consignee.Trim(), request.Consignor.Trim(), request.ApplicationReference.Trim());
        var done = await gac.ApplyForDetentionAsync(id, application, context.GetCaller().Subject, context.CancellationToken);
        return new ApplyForGacDetentionResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<RecordGacConfiscationResponse> RecordGacConfiscation(RecordGacConfiscationRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        Required(request.DecisionReference, "decision_reference", violations);
        Required(request.GoodsName, "goods_name", violations);
        var effective = RequiredDate(request.PenaltyEffectiveOn, "penalty_effective_on", violations);
        var quantity = request.Quantity.ToDecimalOrNull();
        if (quantity is <= 0)
        {
            violations.Add(new("quantity", "is positive when given"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var decision = new ConfiscationDecision(
            request.DecisionReference.Trim(), effective, request.GoodsName.Trim(), quantity, request.DeclaredOn.ToDateOnlyOrNull(),
            Blank(request.PlaceOfDeparture), Blank(request.Destination), Blank(request.OtherInformation), request.AnnouncedOn.ToDateOnlyOrNull());
        var done = await gac.ConfiscateAsync(id, decision, caller.Subject, caller.OfficerRole, context.CancellationToken);
        return new RecordGacConfiscationResponse { Suspension = ToProto(done) };
    }

    private static V1.Suspension ToProto(GacSuspension done)
    {
        var proto = SuspensionMapping.ToProto(done.Suspension);
        if (done.Detention is { } detention)
        {
            proto.ChinaDetention = GacDetentionMapping.ToProto(detention);
        }

        return proto;
    }

    /// <summary>Art. 24: at least RMB 200,000, approved by the GAC, valid from its approval to 31 December of that year.</summary>
    private static D.China.GeneralGuarantee? ReadGeneralGuarantee(V1.GeneralGuarantee? general, List<FieldViolation> violations)
    {
        if (general is null)
        {
            return null;
        }

        var amount = GacDetentionMapping.ReadCny(general.Amount, "general_guarantee.amount", required: true, violations);
        var approvedOn = RequiredDate(general.ApprovedOn, "general_guarantee.approved_on", violations);
        var validUntil = RequiredDate(general.ValidUntil, "general_guarantee.valid_until", violations);
        Required(general.Reference, "general_guarantee.reference", violations);
        if (amount is { Currency: "CNY" } a && a.Amount < 200_000m)
        {
            violations.Add(new("general_guarantee.amount", "is at least RMB 200,000 (Art. 24)"));
        }

        if (general.ApprovedOn is not null && general.ValidUntil is not null && validUntil != new DateOnly(approvedOn.Year, 12, 31))
        {
            violations.Add(new("general_guarantee.valid_until", "is 31 December of the year of approval (Art. 24)"));
        }

        return amount is { } value ? new D.China.GeneralGuarantee(value, approvedOn, validUntil, general.Reference.Trim()) : null;
    }

    private static DateOnly RequiredDate(Google.Type.Date? date, string field, List<FieldViolation> violations)
    {
        if (date.ToDateOnlyOrNull() is { } day)
        {
            return day;
        }

        violations.Add(new(field, "is required"));
        return default;
    }

    private static void Required(string value, string field, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new(field, "is required"));
        }
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
