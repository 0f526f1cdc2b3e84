using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Payments.Api.Domain.Guarantors;

namespace Customs.Payments.Api.Grpc;

/// <summary>Art. 347(2): the register of insurers whose insurance contracts may be accepted as security.</summary>
public sealed partial class GuarantorRegisterGrpcService
{
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<EnterInsuranceRegisterResponse> EnterInsuranceRegister(EnterInsuranceRegisterRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        RequestMapping.RequireId(request.Name, "name", violations);
        RequestMapping.RequireId(request.Act, "act", violations);
        var from = RequestMapping.Required(request.EnteredFrom, "entered_from", violations);
        RequestValidationException.ThrowIfAny(violations);
        var entry = new D.InsuranceRegisterEntry(Guid.CreateVersion7(), request.TaxpayerNumber, request.Name.Trim(), from!.Value, null, request.Act.Trim(), "");
        var (booked, created) = await insurers.EnterAsync(entry, context.GetCaller().Subject, context.CancellationToken);
        return new EnterInsuranceRegisterResponse { Entry = ToProto(booked), Created = created };
    }

    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<ExcludeFromInsuranceRegisterResponse> ExcludeFromInsuranceRegister(ExcludeFromInsuranceRegisterRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        RequestMapping.RequireId(request.Reason, "reason", violations);
        var from = RequestMapping.Required(request.ExcludedFrom, "excluded_from", violations);
        RequestValidationException.ThrowIfAny(violations);
        var entry = await insurers.ExcludeAsync(request.TaxpayerNumber, from!.Value, request.Reason.Trim(), context.CancellationToken);
        return new ExcludeFromInsuranceRegisterResponse { Entry = ToProto(entry) };
    }

    private static InsuranceRegisterEntry ToProto(D.InsuranceRegisterEntry e) => new()
    {
        TaxpayerNumber = e.TaxpayerNumber, Name = e.Name, EnteredFrom = e.EnteredFrom.ToDate(), ExcludedFrom = e.ExcludedFrom?.ToDate(), Act = e.Act,
        ExclusionReason = e.ExclusionReason,
    };
}
