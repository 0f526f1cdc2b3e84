using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Customs.Payments.Api.Application;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using D = Customs.Payments.Api.Domain.Guarantors;

namespace Customs.Payments.Api.Grpc;

/// <summary>The register of banks, credit organisations and insurers (Arts. 342-344): applied for, decided, excluded, published, looked up.</summary>
[Authorize]
public sealed partial class GuarantorRegisterGrpcService(GuarantorRegister register, InsuranceRegister insurers) : GuarantorRegisterService.GuarantorRegisterServiceBase
{
    /// <summary>AIP-158 for the register: 100 when page_size is 0, at most 1000 (as the proto documents).</summary>
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    [Authorize(Policy = CallerPolicies.GuarantorOrOfficer)]
    public override async Task<SubmitRegisterApplicationResponse> SubmitRegisterApplication(SubmitRegisterApplicationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.RequireId(request.ApplicationReference, "application_reference", violations);
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        RequestMapping.RequireId(request.Name, "name", violations);
        if (request.Kind == GuarantorKind.Unspecified)
        {
            violations.Add(new("kind", "is required: bank, bank_branch or insurer (Art. 343(2)-(4))"));
        }

        if (request.Facts is null)
        {
            violations.Add(new("facts", "is required: the details confirming the terms of entry (Art. 343(5))"));
        }

        var facts = request.Facts is null ? null : GuarantorMapping.ToFacts(request.Facts, violations);
        var submitted = RequestMapping.Required(request.SubmittedOn, "submitted_on", violations);
        RequestValidationException.ThrowIfAny(violations);
        PayerAccess.EnsureOwn(request.TaxpayerNumber, context, "Art. 343(5)");
        var application = new D.RegisterApplication(request.ApplicationReference, request.TaxpayerNumber, request.Name.Trim(),
            EnumMap.To<D.GuarantorKind>(request.Kind), [.. request.Documents.Select(d => d.Trim())], facts!, submitted!.Value);
        var (stored, created) = await register.SubmitAsync(application, context.GetCaller().Subject, context.CancellationToken);
        return new SubmitRegisterApplicationResponse { Application = GuarantorMapping.ToProto(stored), Created = created };
    }

    /// <summary>Art. 343(7): the Federal Customs Service decides; its head or the deputy signs (Art. 397(1)).</summary>
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<DecideRegisterApplicationResponse> DecideRegisterApplication(DecideRegisterApplicationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.ApplicationId, "application_id", violations);
        var decided = RequestMapping.Required(request.DecidedOn, "decided_on", violations);
        var limits = GuarantorMapping.ToLimits(request.Limits, violations);
        RequestValidationException.ThrowIfAny(violations);
        var stored = await register.DecideAsync(id, decided!.Value, limits, context.GetCaller().Subject, context.CancellationToken);
        return new DecideRegisterApplicationResponse { Application = GuarantorMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.GuarantorOrOfficer)]
    public override async Task<GetRegisterApplicationResponse> GetRegisterApplication(GetRegisterApplicationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = RequestMapping.RequireGuid(request.ApplicationId, "application_id", violations);
        RequestValidationException.ThrowIfAny(violations);
        var stored = await register.GetAsync(id, context.CancellationToken);
        PayerAccess.EnsureOwn(stored.Application.TaxpayerNumber, context, "Art. 343(5)");
        return new GetRegisterApplicationResponse { Application = GuarantorMapping.ToProto(stored) };
    }

    /// <summary>Art. 344(1): "upon a decision made by the Federal Customs Authority".</summary>
    [Authorize(Policy = CallerPolicies.HeadOrDeputy)]
    public override async Task<ExcludeFromRegisterResponse> ExcludeFromRegister(ExcludeFromRegisterRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        if (request.Ground == ExclusionGround.Unspecified)
        {
            violations.Add(new("ground", "is required: one of the grounds of Art. 344(1)"));
        }

        var from = RequestMapping.Required(request.ExcludedFrom, "excluded_from", violations);
        RequestMapping.RequireId(request.Reason, "reason", violations);
        RequestValidationException.ThrowIfAny(violations);
        var entry = await register.ExcludeAsync(request.TaxpayerNumber, EnumMap.To<D.ExclusionGround>(request.Ground), from!.Value, request.Reason.Trim(),
            context.GetCaller().Subject, context.CancellationToken);
        return new ExcludeFromRegisterResponse { Entry = GuarantorMapping.ToProto(entry) };
    }

    /// <summary>Art. 342(2): the register is published.</summary>
    public override async Task<ListRegisterResponse> ListRegister(ListRegisterRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<RegisterCursor>(request, DefaultPageSize, MaxPageSize, violations);
        RequestValidationException.ThrowIfAny(violations);
        var rows = await register.ListAsync(request.On.ToDateOnlyOrNull(), page.After?.AfterTaxpayerNumber ?? "", page.PageSize + 1, context.CancellationToken);
        var shown = rows.Take(page.PageSize).ToList();
        return new ListRegisterResponse
        {
            Entries = { shown.Select(GuarantorMapping.ToProto) },
            NextPageToken = page.NextToken(rows.Count > page.PageSize ? new RegisterCursor(shown[^1].TaxpayerNumber) : null),
        };
    }

    public override async Task<LookUpGuarantorResponse> LookUpGuarantor(LookUpGuarantorRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        RequestMapping.TaxpayerNumber(request.TaxpayerNumber, "taxpayer_number", violations);
        RequestValidationException.ThrowIfAny(violations);
        var standing = await register.LookUpAsync(request.TaxpayerNumber, request.On.ToDateOnlyOrNull(), context.CancellationToken);
        var headroom = standing.Entry is { } e ? D.RegisterRules.Headroom(e.Limits.MaxConcurrentRub, standing.OutstandingRub) : 0m;
        return new LookUpGuarantorResponse
        {
            InRegister = standing.Entry is not null, Entry = standing.Entry is { } entry ? GuarantorMapping.ToProto(entry) : null,
            Outstanding = standing.OutstandingRub.ToMoney("RUB"), Headroom = headroom.ToMoney("RUB"),
        };
    }

    private sealed record RegisterCursor(string AfterTaxpayerNumber);
}
