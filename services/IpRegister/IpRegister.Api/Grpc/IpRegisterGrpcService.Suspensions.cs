using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Suspensions;
using Customs.IpRegister.V1;
using Customs.BuildingBlocks.Identity;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>
/// Screening and suspension RPCs. Looking goods up against the register is open to any authenticated caller;
/// screening a declaration and reading a suspension need an officer's role; decisions the head's or deputy_head's.
/// </summary>
public sealed partial class IpRegisterGrpcService
{
    /// <summary>Art. 397(1): holding a declaration's release is an act of customs.</summary>
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ScreenDeclarationResponse> ScreenDeclaration(ScreenDeclarationRequest request, ServerCallContext context)
    {
        var facts = ScreeningMapping.ToFacts(request, OfficeToday(request.CustomsOfficeCode));
        var results = await screening.ScreenAsync(facts, context.CancellationToken);
        return new ScreenDeclarationResponse { Results = { results.Select(r => ScreeningMapping.ToProto(r.Verdict, r.Suspension)) } };
    }

    public override async Task<LookUpGoodsResponse> LookUpGoods(LookUpGoodsRequest request, ServerCallContext context)
    {
        var facts = ScreeningMapping.ToFacts(request, OfficeToday(request.CustomsOfficeCode));
        var verdicts = await screener.ScreenAsync(facts, context.CancellationToken);
        return new LookUpGoodsResponse { Results = { verdicts.Select(v => ScreeningMapping.ToProto(v, null)) } };
    }

    /// <summary>
    /// Today at the office; a lookup naming no known office (it writes and holds nothing) takes the register's date.
    /// ScreenDeclaration refuses such an office (ScreeningMapping).
    /// </summary>
    private DateOnly OfficeToday(string officeCode) =>
        OfficeDate.IsKnown(officeCode) ? OfficeDate.Today(clock, officeCode) : OfficeDate.RegisterToday(clock);

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<GetSuspensionResponse> GetSuspension(GetSuspensionRequest request, ServerCallContext context)
    {
        // Arts. 397(2), 398(3): both parties' names and addresses, the notices and permissions are for customs only.
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        var suspension = await suspensions.GetAsync(id, context.CancellationToken);
        var sent = await notices.ListForAsync(id, context.CancellationToken);
        var permitted = await inspections.ListForAsync(id, context.CancellationToken);
        var detention = await gac.GetAsync(id, context.CancellationToken);
        return new GetSuspensionResponse
        {
            Suspension = ToProto(new GacSuspension(suspension, detention)),
            Notices = { sent.Select(n => NoticeMapping.ToProto(n, clock.GetUtcNow())) },
            InspectionPermissions = { permitted.Select(InspectionPermissionMapping.ToProto) },
        };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<GrantInspectionPermissionResponse> GrantInspectionPermission(
        GrantInspectionPermissionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.Party == V1.SuspensionParty.Unspecified)
        {
            violations.Add(new("party", "The declarant or the right-holder (Art. 398(1))."));
        }

        if (string.IsNullOrWhiteSpace(request.GranteeName))
        {
            violations.Add(new("grantee_name", "Who will inspect or take the samples is missing."));
        }

        if (request.Actions.Count == 0 || request.Actions.Any(a => a == V1.InspectionAction.Unspecified))
        {
            violations.Add(new("actions", "At least one of take samples, research, inspect, photograph; none unspecified."));
        }

        if (string.IsNullOrWhiteSpace(request.PermissionReference))
        {
            violations.Add(new("permission_reference", "The permission is given in writing (Art. 398(1)); its reference is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var permission = await inspections.GrantAsync(
            id, EnumMap.To<Domain.Notices.SuspensionParty>(request.Party), request.GranteeName,
            [.. request.Actions.Select(a => EnumMap.To<Domain.Inspections.InspectionAction>(a))], request.PermissionReference,
            caller.Subject, caller.OfficerRole, context.CancellationToken);
        return new GrantInspectionPermissionResponse { Permission = InspectionPermissionMapping.ToProto(permission) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ListPendingNoticesResponse> ListPendingNotices(ListPendingNoticesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<NoticeCursor>(request, DefaultPageSize, MaxPageSize, violations);
        RequestValidationException.ThrowIfAny(violations);
        var (pending, next) = await notices.ListPendingAsync(context.GetCaller().OfficerRole, page.PageSize, page.After, context.CancellationToken);
        return new ListPendingNoticesResponse
        {
            Notices = { pending.Select(n => NoticeMapping.ToProto(n, clock.GetUtcNow())) },
            NextPageToken = page.NextToken(next),
        };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordNoticeSentResponse> RecordNoticeSent(RecordNoticeSentRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.Addressee == V1.SuspensionParty.Unspecified)
        {
            violations.Add(new("addressee", "The declarant or the right-holder."));
        }

        if (string.IsNullOrWhiteSpace(request.SentReference))
        {
            violations.Add(new("sent_reference", "How the notice went out (letter number, mail receipt) is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var notice = await notices.RecordSentAsync(
            id, EnumMap.To<Domain.Notices.SuspensionParty>(request.Addressee), request.SentReference.Trim(), caller.Subject, caller.OfficerRole,
            context.CancellationToken);
        return new RecordNoticeSentResponse { Notice = NoticeMapping.ToProto(notice, clock.GetUtcNow()) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<DecideSuspensionResponse> DecideSuspension(DecideSuspensionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.Decision == V1.SuspensionDecision.Unspecified)
        {
            violations.Add(new("decision", "Suspend or decline."));
        }

        if (string.IsNullOrWhiteSpace(request.DecisionReference))
        {
            violations.Add(new("decision_reference", "The decision is taken in writing (Art. 397(1)); its reference is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var suspension = await suspensions.DecideHeldAsync(
            id, EnumMap.To<Domain.Suspensions.SuspensionDecision>(request.Decision), request.DecisionReference.Trim(), caller.Subject,
            caller.OfficerRole, context.CancellationToken);
        return new DecideSuspensionResponse { Suspension = SuspensionMapping.ToProto(suspension) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<ExtendSuspensionResponse> ExtendSuspension(ExtendSuspensionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.WorkingDays is < 1 or > Domain.Suspensions.SuspensionTerms.LongestExtensionWorkingDays)
        {
            violations.Add(new("working_days", $"Must be between 1 and {Domain.Suspensions.SuspensionTerms.LongestExtensionWorkingDays}."));
        }

        if (string.IsNullOrWhiteSpace(request.DecisionReference))
        {
            violations.Add(new("decision_reference", "The extension is decided in writing by the head or the deputy (Art. 397(1)); its reference is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var suspension = await suspensions.ExtendAsync(id, request.WorkingDays, request.CompetentAuthorityReference, request.DecisionReference.Trim(),
            caller.Subject, caller.OfficerRole, context.CancellationToken);
        return new ExtendSuspensionResponse { Suspension = SuspensionMapping.ToProto(suspension) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<LiftSuspensionResponse> LiftSuspension(LiftSuspensionRequest request, ServerCallContext context)
    {
        var suspension = await suspensions.LiftAsync(Ids.Parse(request.SuspensionId, "suspension_id"), context.GetCaller().OfficerRole, context.CancellationToken);
        return new LiftSuspensionResponse { Suspension = SuspensionMapping.ToProto(suspension) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<RecordCourtDecisionResponse> RecordCourtDecision(RecordCourtDecisionRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (string.IsNullOrWhiteSpace(request.DecisionReference))
        {
            throw new RequestValidationException([new("decision_reference", "The court decision's reference is missing.")]);
        }

        var suspension = await suspensions.RecordCourtDecisionAsync(id, request.Counterfeit, request.DecisionReference, context.GetCaller().OfficerRole, context.CancellationToken);
        return new RecordCourtDecisionResponse { Suspension = SuspensionMapping.ToProto(suspension) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<RecordSeizureResponse> RecordSeizure(RecordSeizureRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.SuspensionId, "suspension_id");
        if (request.Act is not (V1.SeizureAct.AdministrativeSeizure or V1.SeizureAct.Confiscation))
        {
            violations.Add(new("act", "An administrative seizure or a confiscation (Art. 399(1)); a court's finding is RecordCourtDecision."));
        }

        if (string.IsNullOrWhiteSpace(request.Authority))
        {
            violations.Add(new("authority", "The authority that enacted the act is missing."));
        }

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            violations.Add(new("reference", "The act's reference is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var suspension = await suspensions.RecordSeizureAsync(
            id, EnumMap.To<Domain.Suspensions.SeizureAct>(request.Act), request.Authority.Trim(), request.Reference.Trim(),
            context.GetCaller().OfficerRole, context.CancellationToken);
        return new RecordSeizureResponse { Suspension = SuspensionMapping.ToProto(suspension) };
    }
}
