using Customs.BuildingBlocks.Identity;
using Customs.Examination.Api.Application;
using Customs.Examination.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Examination.Api.Domain.Experts;
using E = Customs.Examination.Api.Domain.Examinations;
using R = Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Grpc;

/// <summary>Samples taken outside any expert analysis (Art. 383): their record, what became of them, an agency's results. Officers.</summary>
[Authorize(Policy = CallerPolicies.Officer)]
public sealed class ControlSampleGrpcService(ControlSamples samples) : ControlSampleService.ControlSampleServiceBase
{
    public override async Task<TakeControlSampleResponse> TakeControlSample(TakeControlSampleRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var declarationId = Ids.Required(request.DeclarationId, "declaration_id", violations);
        if (request.Sample is null)
        {
            violations.Add(new("sample", "is required"));
        }
        else if (request.Sample.AnalysisId.Length > 0)
        {
            violations.Add(new("sample.analysis_id", "is for a sample of an expert analysis (ExpertAnalysisService.TakeSample)"));
        }

        var sample = request.Sample is null ? null : ExpertMapping.ToDomain(request.Sample, context.GetCaller().Subject, "sample.", violations);
        RequestValidationException.ThrowIfAny(violations);
        var taken = await samples.TakeAsync(declarationId, request.Form == ControlForm.Unspecified ? null : EnumMap.To<R.ControlForm>(request.Form),
            request.Purpose, sample!, EnumMap.To<E.AbsenceReason>(request.Sample!.AbsenceReason), context.CancellationToken);
        return new TakeControlSampleResponse { Sample = ToProto(taken) };
    }

    public override async Task<DisposeOfControlSampleResponse> DisposeOfControlSample(DisposeOfControlSampleRequest request, ServerCallContext context)
    {
        var (sample, reduction) = await samples.DisposeAsync(DeclarationId(request.DeclarationId), request.SampleNumber,
            EnumMap.To<D.SampleDisposition>(request.Disposition), context.GetCaller().Subject, context.CancellationToken);
        return new DisposeOfControlSampleResponse { Sample = ToProto(sample), ValueReduction = reduction.ToMoney("RUB") };
    }

    public override async Task<RecordControlSampleResultsResponse> RecordControlSampleResults(RecordControlSampleResultsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var declarationId = Ids.Required(request.DeclarationId, "declaration_id", violations);
        var results = ExpertMapping.ToResults(request.Results, request.ReceivedOn, request.NotifiedOn, context.GetCaller().Subject, violations);
        RequestValidationException.ThrowIfAny(violations);
        var sample = await samples.RecordResultsAsync(declarationId, request.SampleNumber, results!, context.CancellationToken);
        return new RecordControlSampleResultsResponse { Sample = ToProto(sample) };
    }

    public override async Task<ListControlSamplesResponse> ListControlSamples(ListControlSamplesRequest request, ServerCallContext context)
    {
        var taken = await samples.ListAsync(DeclarationId(request.DeclarationId), context.CancellationToken);
        var response = new ListControlSamplesResponse { ValueReduction = D.ControlSampleRules.ValueReductionRub(taken).ToMoney("RUB") };
        response.Samples.Add(taken.Select(ToProto));
        return response;
    }

    private static ControlSample ToProto(D.ControlSample s) => new()
    {
        SampleId = s.Id.ToString(), DeclarationId = s.DeclarationId.ToString(), Form = s.Form is { } form ? EnumMap.To<ControlForm>(form) : ControlForm.Unspecified,
        Purpose = s.Purpose, Sample = ExpertMapping.ToProto(s.Sample),
    };

    private static Guid DeclarationId(string value)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(value, "declaration_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        return id;
    }
}
