using Customs.BuildingBlocks.Identity;
using Customs.Examination.Api.Application;
using Customs.Examination.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Examination.Api.Domain.Experts;
using E = Customs.Examination.Api.Domain.Examinations;

namespace Customs.Examination.Api.Grpc;

/// <summary>Expert analyses ordered by customs (Art. 378), the declarant's rights (382), conclusions (379-380), samples (383).</summary>
[Authorize]
public sealed class ExpertAnalysisGrpcService(ExpertAnalyses analyses) : ExpertAnalysisService.ExpertAnalysisServiceBase
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<OrderExpertAnalysisResponse> OrderExpertAnalysis(OrderExpertAnalysisRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var declarationId = Ids.Required(request.DeclarationId, "declaration_id", violations);
        Guid? previous = null;
        if (request.PreviousAnalysisId.Length > 0)
        {
            previous = Ids.Required(request.PreviousAnalysisId, "previous_analysis_id", violations);
        }

        if (request.Kind == AnalysisKind.Unspecified)
        {
            violations.Add(new("kind", "is required"));
        }

        var due = request.DueOn.ToDateOnlyOrNull();
        if (due is null)
        {
            violations.Add(new("due_on", "is required (Art. 378(3))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var analysis = await analyses.OrderAsync(new D.ExpertAnalysis
        {
            Id = Guid.Empty, DeclarationId = declarationId, Kind = EnumMap.To<D.AnalysisKind>(request.Kind), PreviousAnalysisId = previous,
            Subject = EnumMap.To<D.AnalysisSubject>(request.Subject), Grounds = request.Grounds.Trim(), Experts = ExpertMapping.Clean(request.Experts),
            Organisation = request.Organisation.Trim(), Questions = ExpertMapping.Clean(request.Questions), Materials = ExpertMapping.Clean(request.Materials),
            OrderedOn = default, DueOn = due!.Value, StorageEndsOn = request.StorageEndsOn.ToDateOnlyOrNull(), ApprovalReference = request.ApprovalReference.Trim(),
            OrderedBy = context.GetCaller().Subject, RightsExplainedOn = request.RightsExplainedOn.ToDateOnlyOrNull(),
            InitiatedBy = request.InitiatedBy == AnalysisInitiator.Unspecified ? D.AnalysisInitiator.Customs : EnumMap.To<D.AnalysisInitiator>(request.InitiatedBy),
            Initiator = request.Initiator.Trim() is { Length: > 0 } initiator ? initiator : null,
        }, context.CancellationToken);
        return new OrderExpertAnalysisResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<DecideDeclarantRequestResponse> DecideDeclarantRequest(DecideDeclarantRequestRequest request, ServerCallContext context)
    {
        var id = Id(request.AnalysisId);
        var analysis = await analyses.DecideRequestAsync(id, EnumMap.To<D.DeclarantRight>(request.Right), request.Request, ExpertMapping.Clean(request.Questions),
            request.Granted, request.Motivation, context.GetCaller().Subject, context.CancellationToken);
        return new DecideDeclarantRequestResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<DecideExpertRequestResponse> DecideExpertRequest(DecideExpertRequestRequest request, ServerCallContext context)
    {
        var analysis = await analyses.DecideExpertRequestAsync(Id(request.AnalysisId), EnumMap.To<D.ExpertRight>(request.Right), request.Expert, request.Request,
            [.. request.GrantedItems], request.Granted, request.Motivation, context.GetCaller().Subject, context.CancellationToken);
        return new DecideExpertRequestResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Declarant)]
    public override async Task<FileDeclarantRequestResponse> FileDeclarantRequest(FileDeclarantRequestRequest request, ServerCallContext context)
    {
        var analysis = await analyses.FileDeclarantRequestAsync(Id(request.AnalysisId), EnumMap.To<D.DeclarantRight>(request.Right), request.Request,
            ExpertMapping.Clean(request.Questions), context.GetCaller().TaxpayerNumber!, context.CancellationToken);
        return new FileDeclarantRequestResponse { AnalysisId = analysis.Id.ToString(), Request = ExpertMapping.ToProto(analysis.Requests[^1]) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<AnswerDeclarantRequestResponse> AnswerDeclarantRequest(AnswerDeclarantRequestRequest request, ServerCallContext context)
    {
        var analysis = await analyses.AnswerDeclarantRequestAsync(Id(request.AnalysisId), RequestNumber(request.RequestNumber), request.Granted,
            request.Motivation, context.GetCaller().Subject, context.CancellationToken);
        return new AnswerDeclarantRequestResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Expert)]
    public override async Task<FileExpertRequestResponse> FileExpertRequest(FileExpertRequestRequest request, ServerCallContext context)
    {
        var analysis = await analyses.FileExpertRequestAsync(Id(request.AnalysisId), EnumMap.To<D.ExpertRight>(request.Right), request.Expert, request.Request,
            context.GetCaller().Subject, context.CancellationToken);
        return new FileExpertRequestResponse { AnalysisId = analysis.Id.ToString(), Request = ExpertMapping.ToProto(analysis.ExpertRequests[^1]) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<AnswerExpertRequestResponse> AnswerExpertRequest(AnswerExpertRequestRequest request, ServerCallContext context)
    {
        var analysis = await analyses.AnswerExpertRequestAsync(Id(request.AnalysisId), RequestNumber(request.RequestNumber), request.Granted,
            [.. request.GrantedItems], request.Motivation, context.GetCaller().Subject, context.CancellationToken);
        return new AnswerExpertRequestResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    private static int RequestNumber(int number) => number > 0 ? number
        : throw new RequestValidationException([new("request_number", "is required: the number of a request of the analysis")]);

    [Authorize(Policy = CallerPolicies.ExpertOrOfficer)]
    public override async Task<SubmitConclusionResponse> SubmitConclusion(SubmitConclusionRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.AnalysisId, "analysis_id", violations);
        var from = request.ConductedFrom.ToDateOnlyOrNull();
        var to = request.ConductedTo.ToDateOnlyOrNull();
        if (from is null || to is null)
        {
            violations.Add(new(from is null ? "conducted_from" : "conducted_to", "is required (Art. 379(2): the time of the investigation)"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var analysis = await analyses.ConcludeAsync(id, new D.ExpertConclusion(0, ExpertMapping.Clean(request.SignedBy), request.Place.Trim(), from!.Value, to!.Value,
            request.Methods.Trim(), request.Findings.Trim(), request.Conclusions.Trim(), ExpertMapping.Clean(request.Attachments), request.Clear,
            context.GetCaller().Subject, default), context.CancellationToken);
        return new SubmitConclusionResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<TakeSampleResponse> TakeSample(TakeSampleRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.AnalysisId, "analysis_id", violations);
        var sample = ExpertMapping.ToDomain(request, context.GetCaller().Subject, "", violations);
        RequestValidationException.ThrowIfAny(violations);
        var analysis = await analyses.TakeSampleAsync(id, sample!, EnumMap.To<E.AbsenceReason>(request.AbsenceReason), context.CancellationToken);
        return new TakeSampleResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordSampleResultsResponse> RecordSampleResults(RecordSampleResultsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.AnalysisId, "analysis_id", violations);
        var results = ExpertMapping.ToResults(request.Results, request.ReceivedOn, request.NotifiedOn, context.GetCaller().Subject, violations);
        RequestValidationException.ThrowIfAny(violations);
        var analysis = await analyses.RecordSampleResultsAsync(id, request.SampleNumber, results!, context.CancellationToken);
        return new RecordSampleResultsResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RecordAnalysisCostResponse> RecordAnalysisCost(RecordAnalysisCostRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.AnalysisId, "analysis_id", violations);
        if (request.Amount is null)
        {
            violations.Add(new("amount", "is required (Art. 378(6))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var analysis = await analyses.RecordCostAsync(id, new D.AnalysisCost(0, EnumMap.To<D.CostIncurredBy>(request.IncurredBy), request.Payee,
            request.Description, request.Amount!.ToDecimal(), request.Amount!.CurrencyCode, request.Document, default, context.GetCaller().Subject), context.CancellationToken);
        return new RecordAnalysisCostResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<DisposeOfSampleResponse> DisposeOfSample(DisposeOfSampleRequest request, ServerCallContext context)
    {
        var analysis = await analyses.DisposeAsync(Id(request.AnalysisId), request.SampleNumber, EnumMap.To<D.SampleDisposition>(request.Disposition),
            context.GetCaller().Subject, context.CancellationToken);
        return new DisposeOfSampleResponse { Analysis = ExpertMapping.ToProto(analysis) };
    }

    [Authorize(Policy = CallerPolicies.AnalysisReader)]
    public override async Task<GetExpertAnalysisResponse> GetExpertAnalysis(GetExpertAnalysisRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var analysis = caller.Role == CallerRole.Declarant
            ? await analyses.GetForDeclarantAsync(Id(request.AnalysisId), caller.TaxpayerNumber!, context.CancellationToken)
            : await analyses.GetAsync(Id(request.AnalysisId), context.CancellationToken);
        return new() { Analysis = ExpertMapping.ToProto(analysis) };
    }

    private static Guid Id(string value)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(value, "analysis_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        return id;
    }
}
