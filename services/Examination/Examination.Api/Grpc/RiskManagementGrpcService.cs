using Customs.BuildingBlocks.Identity;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.Examination.Api.Grpc;

/// <summary>The risk management system (Art. 358): analysts write profiles and settings, officers read what they decided.</summary>
[Authorize]
public sealed class RiskManagementGrpcService(RiskProfiles profiles, Selectivity selectivity, ControlDecisionStore decisions) : RiskManagementService.RiskManagementServiceBase
{
    [Authorize(Policy = CallerPolicies.RiskAnalyst)]
    public override async Task<CreateRiskProfileResponse> CreateRiskProfile(CreateRiskProfileRequest request, ServerCallContext context)
    {
        RequestValidationException.ThrowIfAny(request.Profile is null ? [new("profile", "is required")] : []);
        var stored = await profiles.CreateAsync(RiskMapping.ToDomain(request.Profile), context.GetCaller().Subject, context.CancellationToken);
        return new CreateRiskProfileResponse { Profile = RiskMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalyst)]
    public override async Task<UpdateRiskProfileResponse> UpdateRiskProfile(UpdateRiskProfileRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ProfileId, "profile_id", violations);
        if (request.ExpectedVersion <= 0)
        {
            violations.Add(new("expected_version", "is required: the version read"));
        }

        if (request.Profile is null)
        {
            violations.Add(new("profile", "is required"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var stored = await profiles.UpdateAsync(id, request.ExpectedVersion, RiskMapping.ToDomain(request.Profile), context.GetCaller().Subject, context.CancellationToken);
        return new UpdateRiskProfileResponse { Profile = RiskMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalystOrOfficer)]
    public override async Task<GetRiskProfileResponse> GetRiskProfile(GetRiskProfileRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ProfileId, "profile_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        return new GetRiskProfileResponse { Profile = RiskMapping.ToProto(await profiles.GetAsync(id, context.CancellationToken)) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalystOrOfficer)]
    public override async Task<ListRiskProfilesResponse> ListRiskProfiles(ListRiskProfilesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<NameCursor>(request, 50, 200, violations);
        RequestValidationException.ThrowIfAny(violations);
        var found = await profiles.ListAsync(request.EffectiveOn.ToDateOnlyOrNull(), page.After, page.PageSize + 1, context.CancellationToken);
        var response = new ListRiskProfilesResponse();
        response.Profiles.Add(found.Take(page.PageSize).Select(RiskMapping.ToProto));
        var last = found.Count > page.PageSize ? found[page.PageSize - 1].Profile : null;
        response.NextPageToken = page.NextToken(last is null ? null : new NameCursor(last.Name, last.Id));
        return response;
    }

    [Authorize(Policy = CallerPolicies.RiskAnalyst)]
    public override async Task<SetSelectivitySettingsResponse> SetSelectivitySettings(SetSelectivitySettingsRequest request, ServerCallContext context)
    {
        RequestValidationException.ThrowIfAny(request.Settings is null ? [new("settings", "is required")] : []);
        var stored = await selectivity.SetAsync(RiskMapping.ToDomain(request.Settings), context.GetCaller().Subject, context.CancellationToken);
        return new SetSelectivitySettingsResponse { Settings = RiskMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalystOrOfficer)]
    public override async Task<GetSelectivitySettingsResponse> GetSelectivitySettings(GetSelectivitySettingsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (request.OfficeCode.Length == 0)
        {
            violations.Add(new("office_code", "is required"));
        }

        if (request.Direction == Direction.Unspecified)
        {
            violations.Add(new("direction", "is required"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var stored = await selectivity.GetAsync(request.OfficeCode, EnumMap.To<Domain.Risk.Direction>(request.Direction), context.CancellationToken);
        return new GetSelectivitySettingsResponse { Settings = RiskMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<GrantExemptionResponse> GrantExemption(GrantExemptionRequest request, ServerCallContext context)
    {
        RequestValidationException.ThrowIfAny(request.Exemption is null ? [new("exemption", "is required")] : []);
        var granted = await selectivity.GrantAsync(RiskMapping.ToDomain(request.Exemption), context.GetCaller().Subject, context.CancellationToken);
        return new GrantExemptionResponse { Exemption = RiskMapping.ToProto(granted) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalystOrOfficer)]
    public override async Task<GetControlDecisionResponse> GetControlDecision(GetControlDecisionRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.DeclarationId, "declaration_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var decision = await decisions.GetAsync(id, context.CancellationToken)
            ?? throw new NotFoundException(ExaminationErrors.DecisionNotFound, $"No control decision for declaration {id} (yet).");
        return new GetControlDecisionResponse { Decision = RiskMapping.ToProto(decision) };
    }

    [Authorize(Policy = CallerPolicies.RiskAnalystOrOfficer)]
    public override async Task<GetProfileStatisticsResponse> GetProfileStatistics(GetProfileStatisticsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ProfileId, "profile_id", violations);
        var from = request.From.ToDateOnlyOrNull();
        var to = request.To.ToDateOnlyOrNull();
        if (from is null)
        {
            violations.Add(new("from", "is required"));
        }

        if (to is null)
        {
            violations.Add(new("to", "is required"));
        }
        else if (from > to)
        {
            violations.Add(new("to", "cannot be before from"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var statistics = await profiles.StatisticsAsync(id, from!.Value, to!.Value, context.CancellationToken);
        return new GetProfileStatisticsResponse { Statistics = RiskMapping.ToProto(statistics) };
    }
}
