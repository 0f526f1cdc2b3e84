using Customs.BuildingBlocks.Identity;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Data;
using Customs.Examination.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Examination.Api.Domain.Examinations;
using V = Customs.Examination.Api.Domain.Valuation;

namespace Customs.Examination.Api.Grpc;

/// <summary>Inspections (Art. 371) and examinations (Art. 372) within the Art. 359 term: customs officers' work (Art. 358(7)).</summary>
[Authorize(Policy = CallerPolicies.Officer)]
public sealed class ExaminationGrpcService(Examinations examinations, CustomsValues values) : ExaminationService.ExaminationServiceBase
{
    public override async Task<OpenExaminationResponse> OpenExamination(OpenExaminationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.DeclarationId, "declaration_id", violations);
        if (request.Kind == ExaminationKind.Unspecified)
        {
            violations.Add(new("kind", "is required: EXAMINATION_KIND_INSPECTION (Art. 371) or EXAMINATION_KIND_EXAMINATION (Art. 372)"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var e = await examinations.OpenAsync(id, EnumMap.To<D.ExaminationKind>(request.Kind), [.. request.Officers], context.GetCaller().Subject, context.CancellationToken);
        return new OpenExaminationResponse { Examination = ToProto(e) };
    }

    public override async Task<RecordFindingResponse> RecordFinding(RecordFindingRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ExaminationId, "examination_id", violations);
        var f = request.Finding;
        if (f is null)
        {
            violations.Add(new("finding", "is required"));
        }
        else
        {
            if (f.ItemNumber <= 0)
            {
                violations.Add(new("finding.item_number", "is required"));
            }

            if (f.QuantityFound.ToDecimalOrNull() < 0)
            {
                violations.Add(new("finding.quantity_found", "cannot be negative"));
            }

            if (f.ExaminedQuantity.ToDecimalOrNull() is <= 0)
            {
                violations.Add(new("finding.examined_quantity", "must be positive when set"));
            }

            if (f.QuantityFound is null && f.Description.Trim().Length == 0 && f.Discrepancies.Count == 0)
            {
                violations.Add(new("finding", "records nothing: give the quantity found, a description or a discrepancy"));
            }

            if (f.Discrepancies.Any(string.IsNullOrWhiteSpace))
            {
                violations.Add(new("finding.discrepancies", "cannot hold a blank entry"));
            }
        }

        RequestValidationException.ThrowIfAny(violations);
        var e = await examinations.RecordFindingAsync(id, f!.ItemNumber, f.QuantityFound.ToDecimalOrNull(), f.ExaminedQuantity.ToDecimalOrNull(), f.Description,
            f.Marks, [.. f.Discrepancies.Select(x => x.Trim())], f.AdditionalExaminationDemanded, context.CancellationToken);
        return new RecordFindingResponse { Examination = ToProto(e) };
    }

    public override async Task<ExtendExaminationTermResponse> ExtendExaminationTerm(ExtendExaminationTermRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ExaminationId, "examination_id", violations);
        if (request.Ground == ExtensionGround.Unspecified)
        {
            violations.Add(new("ground", "is required: one of the two circumstances of Art. 359(2)"));
        }

        if (request.WorkingDays is < 1 or > D.ControlTerm.MaxExtensionWorkingDays)
        {
            violations.Add(new("working_days", $"must be 1 to {D.ControlTerm.MaxExtensionWorkingDays}"));
        }

        if (string.IsNullOrWhiteSpace(request.Circumstances))
        {
            violations.Add(new("circumstances", "is required: what prevents the officers from completing it (Art. 359(2))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var e = await examinations.ExtendAsync(id, EnumMap.To<D.ExtensionGround>(request.Ground), request.WorkingDays, request.Circumstances,
            context.GetCaller().Subject, context.CancellationToken);
        return new ExtendExaminationTermResponse { Examination = ToProto(e) };
    }

    public override async Task<CompleteExaminationResponse> CompleteExamination(CompleteExaminationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ExaminationId, "examination_id", violations);
        var attendees = ExaminationMapping.ToDomain(request.Attendees, "attendees", violations);
        var witnesses = ExaminationMapping.ToDomain(request.Witnesses, "witnesses", violations);
        RequestValidationException.ThrowIfAny(violations);
        var e = await examinations.CompleteAsync(id, attendees, EnumMap.To<D.AbsenceReason>(request.AbsenceReason), witnesses, request.Results,
            context.GetCaller().Subject, context.CancellationToken);
        return new CompleteExaminationResponse { Examination = ToProto(e) };
    }

    public override async Task<GetExaminationResponse> GetExamination(GetExaminationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Required(request.ExaminationId, "examination_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        return new GetExaminationResponse { Examination = ToProto(await examinations.GetAsync(id, context.CancellationToken)) };
    }

    public override async Task<ListOverdueExaminationsResponse> ListOverdueExaminations(ListOverdueExaminationsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<DueCursor>(request, 50, 200, violations);
        if (Customs.BuildingBlocks.Calendar.OfficeTimeZones.Default.TryZoneOf(request.OfficeCode) is null)
        {
            violations.Add(new("office_code", "must be the code of a customs office the office data know"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var found = await examinations.OverdueAsync(request.OfficeCode, page.After, page.PageSize + 1, context.CancellationToken);
        var response = new ListOverdueExaminationsResponse();
        response.Examinations.Add(found.Take(page.PageSize).Select(ToProto));
        var last = found.Count > page.PageSize ? found[page.PageSize - 1] : null;
        response.NextPageToken = page.NextToken(last is null ? null : new DueCursor(last.DueOn, last.Id));
        return response;
    }

    public override async Task<EstablishCustomsValueResponse> EstablishCustomsValue(EstablishCustomsValueRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var (basis, basisId) = request.BasisCase switch
        {
            EstablishCustomsValueRequest.BasisOneofCase.ExaminationId => (V.ValueBasis.Examination, Ids.Required(request.ExaminationId, "examination_id", violations)),
            EstablishCustomsValueRequest.BasisOneofCase.ExpertAnalysisId =>
                (V.ValueBasis.ExpertAnalysis, Ids.Required(request.ExpertAnalysisId, "expert_analysis_id", violations)),
            _ => (V.ValueBasis.Unspecified, Guid.Empty),
        };
        if (basis == V.ValueBasis.Unspecified)
        {
            violations.Add(new("basis", "is required: examination_id or expert_analysis_id"));
        }

        if (request.ItemNumber <= 0)
        {
            violations.Add(new("item_number", "is required"));
        }

        if (request.CustomsValue is null || request.CustomsValue.ToDecimal() <= 0)
        {
            violations.Add(new("customs_value", "is required and must be positive"));
        }

        if (request.ValuationMethod is < 1 or > V.CustomsValueRules.LastMethod)
        {
            violations.Add(new("valuation_method", $"must be 1 to {V.CustomsValueRules.LastMethod} (Art. 323(7))"));
        }

        if (string.IsNullOrWhiteSpace(request.DecisionReference))
        {
            violations.Add(new("decision_reference", "is required: the written decision the declarant is informed of (Art. 323(7))"));
        }

        if (string.IsNullOrWhiteSpace(request.Grounds))
        {
            violations.Add(new("grounds", "is required: why the declared value is not accepted (Art. 323(5), (7))"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var decision = await values.EstablishAsync(basis, basisId, request.ItemNumber, request.CustomsValue!.ToDecimal(), request.CustomsValue!.CurrencyCode,
            request.ValuationMethod, request.DecisionReference.Trim(), request.Grounds.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new EstablishCustomsValueResponse { Decision = ExaminationMapping.ToProto(decision) };
    }

    private Customs.Examination.V1.Examination ToProto(D.GoodsExamination e) => ExaminationMapping.ToProto(e, examinations.OfficeToday(e.OfficeCode));
}
