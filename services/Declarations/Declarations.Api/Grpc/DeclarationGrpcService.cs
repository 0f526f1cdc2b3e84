using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using static Customs.Declarations.Api.Grpc.RequestChecks;

namespace Customs.Declarations.Api.Grpc;

/// <summary>
/// Declarants file, read and withdraw their own declarations; customs officers (any of the suite's officer roles) read
/// every declaration and act on them. A declarant never learns of another's declaration: it is NotFound.
/// </summary>
[Authorize]
public sealed class DeclarationGrpcService(
    DeclarationFiling filing, DeclarationActions actions, DeclarationRepository repository, DeclarationSearch search,
    Npgsql.NpgsqlDataSource dataSource, TimeProvider clock) : DeclarationService.DeclarationServiceBase
{
    [Authorize(Policy = CallerPolicies.Declarant)]
    public override async Task<FileDeclarationResponse> FileDeclaration(FileDeclarationRequest request, ServerCallContext context)
    {
        var declarant = context.GetCaller().Subject;
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(request.RequestId))
        {
            violations.Add(new("request_id", "is required: a retry with the same id returns the first result"));
        }

        var declaration = await filing.FileAsync(DraftMapper.ToDraft(request), violations, declarant, request.RequestId, Bytes(request), context.CancellationToken);
        return new FileDeclarationResponse { Declaration = declaration.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.DeclarantOrOfficer)]
    public override async Task<GetDeclarationResponse> GetDeclaration(GetDeclarationRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var violations = new List<FieldViolation>();
        var id = DeclarationId(request.DeclarationId, violations);
        RequestValidationException.ThrowIfAny(violations);
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        var declaration = await repository.GetAsync(connection, null, id, context.CancellationToken);
        if (declaration is null || !MayRead(caller, declaration.FiledBy))
        {
            throw DeclarationActionRunner.NotFound(id);
        }

        return new GetDeclarationResponse { Declaration = declaration.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.DeclarantOrOfficer)]
    public override async Task<ListDeclarationsResponse> ListDeclarations(ListDeclarationsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var filedBy = caller.IsOfficer ? null : caller.Subject;
        var violations = new List<FieldViolation>();
        var page = Paging.Read<PageCursor>(request, DefaultPageSize, MaxPageSize, violations, scope: filedBy ?? "");
        RequestValidationException.ThrowIfAny(violations);
        var to = request.FiledTo.ToDateOnlyOrNull();
        var filter = new DeclarationFilter(filedBy, Empty(request.DeclarantTaxpayerNumber),
            request.Status == V1.DeclarationStatus.Unspecified ? null : EnumMap.To<Domain.DeclarationStatus>(request.Status),
            Empty(request.CustomsOfficeCode), request.FiledFrom.ToDateOnlyOrNull(), to);
        var (declarations, next) = await search.ListAsync(filter, page.PageSize, page.After, context.CancellationToken);
        var response = new ListDeclarationsResponse { NextPageToken = page.NextToken(next) };
        response.Declarations.AddRange(declarations.Select(d => d.ToProto()));
        return response;
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ListOverdueDeclarationsResponse> ListOverdueDeclarations(ListOverdueDeclarationsRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<PageCursor>(request, DefaultPageSize, MaxPageSize, violations);
        RequestValidationException.ThrowIfAny(violations);
        var (declarations, next) = await search.ListOverdueAsync(Empty(request.CustomsOfficeCode), clock.GetStoredNow(), page.PageSize, page.After, context.CancellationToken);
        var response = new ListOverdueDeclarationsResponse { NextPageToken = page.NextToken(next) };
        response.Declarations.AddRange(declarations.Select(d => d.ToProto()));
        return response;
    }

    [Authorize(Policy = CallerPolicies.Declarant)]
    public override async Task<WithdrawDeclarationResponse> WithdrawDeclaration(WithdrawDeclarationRequest request, ServerCallContext context)
    {
        var declarant = context.GetCaller().Subject;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, []);
        var d = await actions.WithdrawAsync(id, version, declarant, Empty(request.Reason), context.CancellationToken);
        return new WithdrawDeclarationResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RegisterDeclarationResponse> RegisterDeclaration(RegisterDeclarationRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, []);
        var d = await actions.RegisterAsync(id, version, officer, context.CancellationToken);
        return new RegisterDeclarationResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<RefuseReleaseResponse> RefuseRelease(RefuseReleaseRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [], Required(request.Reason, "reason"), Required(request.LegalBasis, "legal_basis"));
        var d = await actions.RefuseReleaseAsync(id, version, officer, request.Reason, request.LegalBasis, context.CancellationToken);
        return new RefuseReleaseResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<VoidDeclarationResponse> VoidDeclaration(VoidDeclarationRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [], Required(request.Reason, "reason"));
        var d = await actions.VoidAsync(id, version, officer, request.Reason, context.CancellationToken);
        return new VoidDeclarationResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReleaseGoodsResponse> ReleaseGoods(ReleaseGoodsRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var presented = request.PresentedDocuments.Select((p, i) => (Index: i, p.ItemNumber, p.Document)).ToList();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [],
            [.. presented.Select(p => (p.Document is { Kind: not V1.DocumentKind.Unspecified, Reference.Length: > 0 } && p.ItemNumber > 0,
                new FieldViolation($"presented_documents[{p.Index}]", "needs an item number, a document kind and its reference")))]);
        var documents = presented.Select(p => new Domain.PresentedDocument(p.ItemNumber, DraftMapper.ToDocument(p.Document))).ToList();
        var d = await actions.ReleaseAsync(id, version, officer, documents, context.CancellationToken);
        return new ReleaseGoodsResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<EstablishQuantityResponse> EstablishQuantity(EstablishQuantityRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var quantity = request.EstablishedQuantity.ToDecimalOrNull();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [],
            (request.ItemNumber > 0, new FieldViolation("item_number", "is required")),
            (quantity is not null, new FieldViolation("established_quantity", "is required")),
            (quantity is null or >= 0, new FieldViolation("established_quantity", "cannot be negative")),
            (request.ControlForm != V1.ControlForm.Unspecified, new FieldViolation("control_form", "must be INSPECTION or EXAMINATION")));
        var d = await actions.EstablishQuantityAsync(id, version, officer, request.ItemNumber, quantity!.Value,
            EnumMap.To<Domain.ControlForm>(request.ControlForm), context.CancellationToken);
        return new EstablishQuantityResponse { Declaration = d.ToProto() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExtendControlTermResponse> ExtendControlTerm(ExtendControlTermRequest request, ServerCallContext context)
    {
        var officer = context.GetCaller().Subject;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [],
            (request.Ground != V1.ControlTermExtensionGround.Unspecified,
                new FieldViolation("ground", "must be CONSIGNMENT_NOT_DIVIDED_INTO_LOTS or PACKING_AND_MARKING_NOT_STATED (Art. 359(2))")),
            (request.WorkingDays is >= 1 and <= Domain.Declaration.MaxControlTermExtensionWorkingDays,
                new FieldViolation("working_days", $"must be 1 to {Domain.Declaration.MaxControlTermExtensionWorkingDays}")),
            Required(request.Circumstances, "circumstances"));
        var d = await actions.ExtendControlTermAsync(id, version, officer, EnumMap.To<Domain.ControlTermExtensionGround>(request.Ground),
            request.WorkingDays, request.Circumstances, context.CancellationToken);
        return new ExtendControlTermResponse { Declaration = d.ToProto() };
    }

    /// <summary>AIP-158: 20 when page_size is 0, at most 100 (as the proto documents).</summary>
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    /// <summary>Officers see every declaration; a declarant only those it filed (another's is as if it did not exist).</summary>
    private static bool MayRead(CallerIdentity caller, string filedBy) => caller.IsOfficer || caller.Subject == filedBy;

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
