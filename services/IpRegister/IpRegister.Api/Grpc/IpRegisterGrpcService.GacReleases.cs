using Customs.IpRegister.Api.Suspensions;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The GAC procedure's other releases (Arts. 22(2), 27(3), 28(2)) and its acts (Arts. 22, 26, 27(2)).</summary>
public sealed partial class IpRegisterGrpcService
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordGacHolderAnswerResponse> RecordGacHolderAnswer(RecordGacHolderAnswerRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        var answeredOn = RequiredDate(request.AnsweredOn, "answered_on", violations);
        Required(request.Reasons, "reasons", violations);
        Required(request.AnswerReference, "answer_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var done = await gac.RecordHolderAnswerAsync(
            id, answeredOn, request.Reasons.Trim(), request.AnswerReference.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new RecordGacHolderAnswerResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordGacInspectionResponse> RecordGacInspection(RecordGacInspectionRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.Party == GacParty.Unspecified)
        {
            violations.Add(new("party", "is required: the holder, the consignee or the consignor"));
        }

        var inspectedOn = RequiredDate(request.InspectedOn, "inspected_on", violations);
        Required(request.ConsentReference, "consent_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var done = await gac.RecordInspectionAsync(
            id, EnumMap.To<D.China.GacParty>(request.Party), inspectedOn, request.ConsentReference.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new RecordGacInspectionResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RequestGacAdvisoryOpinionResponse> RequestGacAdvisoryOpinion(RequestGacAdvisoryOpinionRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        Required(request.Authority, "authority", violations);
        var requestedOn = RequiredDate(request.RequestedOn, "requested_on", violations);
        Required(request.RequestReference, "request_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var done = await gac.RequestAdvisoryOpinionAsync(
            id, request.Authority.Trim(), requestedOn, request.RequestReference.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new RequestGacAdvisoryOpinionResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReleaseGacGoodsByAgreementResponse> ReleaseGacGoodsByAgreement(ReleaseGacGoodsByAgreementRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        var appliedOn = RequiredDate(request.AppliedOn, "applied_on", violations);
        Required(request.ApplicationReference, "application_reference", violations);
        Required(request.AgreementReference, "agreement_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var done = await gac.ReleaseByAgreementAsync(id, appliedOn, request.ApplicationReference.Trim(), request.AgreementReference.Trim(),
            request.CrimeSuspected, context.GetCaller().Subject, context.CancellationToken);
        return new ReleaseGacGoodsByAgreementResponse { Suspension = ToProto(done) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReleaseGacGoodsAgainstGuaranteeResponse> ReleaseGacGoodsAgainstGuarantee(
        ReleaseGacGoodsAgainstGuaranteeRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.RequestedBy is not (GacParty.Consignee or GacParty.Consignor))
        {
            violations.Add(new("requested_by", "is required: the consignee or the consignor (Art. 28(2))"));
        }

        var requestedOn = RequiredDate(request.RequestedOn, "requested_on", violations);
        Required(request.RequestReference, "request_reference", violations);
        var guarantee = GacDetentionMapping.ReadCny(request.Guarantee, "guarantee", required: true, violations);
        Required(request.GuaranteeReference, "guarantee_reference", violations);
        var notifiedOn = RequiredDate(request.UndeterminedNotifiedOn, "undetermined_notified_on", violations);
        Required(request.UndeterminedNoticeReference, "undetermined_notice_reference", violations);
        RequestValidationException.ThrowIfAny(violations);
        var release = new GuaranteeRelease(requestedOn, EnumMap.To<D.China.GacParty>(request.RequestedBy), guarantee!.Value,
            request.GuaranteeReference.Trim(), request.RequestReference.Trim(), notifiedOn, request.UndeterminedNoticeReference.Trim());
        var done = await gac.ReleaseAgainstGuaranteeAsync(id, release, context.GetCaller().Subject, context.CancellationToken);
        return new ReleaseGacGoodsAgainstGuaranteeResponse { Suspension = ToProto(done) };
    }
}
