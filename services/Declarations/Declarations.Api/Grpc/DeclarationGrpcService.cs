using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.V1;
using Customs.ServiceDefaults;
using Grpc.Core;
using static Customs.Declarations.Api.Grpc.RequestChecks;

namespace Customs.Declarations.Api.Grpc;

public sealed class DeclarationGrpcService(
    DeclarationFiling filing, DeclarationActions actions, DeclarationRepository repository, DeclarationSearch search,
    Npgsql.NpgsqlDataSource dataSource, TimeProvider clock) : DeclarationService.DeclarationServiceBase
{
    public override async Task<FileDeclarationResponse> FileDeclaration(FileDeclarationRequest request, ServerCallContext context)
    {
        var declarant = Caller.From(context).RequireDeclarant();
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(request.RequestId))
        {
            violations.Add(new("request_id", "is required: a retry with the same id returns the first result"));
        }

        var draft = DraftMapper.ToDraft(request, violations);
        var declaration = await filing.FileAsync(draft, violations, declarant, request.RequestId, Bytes(request), context.CancellationToken);
        return new FileDeclarationResponse { Declaration = declaration.ToProto() };
    }

    public override async Task<GetDeclarationResponse> GetDeclaration(GetDeclarationRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var violations = new List<FieldViolation>();
        var id = DeclarationId(request.DeclarationId, violations);
        RequestValidationException.ThrowIfAny(violations);
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        var declaration = await repository.GetAsync(connection, null, id, context.CancellationToken) ?? throw DeclarationActionRunner.NotFound(id);
        caller.RequireMayRead(declaration.FiledBy);
        return new GetDeclarationResponse { Declaration = declaration.ToProto() };
    }

    public override async Task<ListDeclarationsResponse> ListDeclarations(ListDeclarationsRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var filedBy = caller.IsOfficer ? null : caller.RequireDeclarant();
        var violations = new List<FieldViolation>();
        var (pageSize, cursor) = Paging(request.PageSize, request.PageToken, violations);
        var from = request.FiledFrom.ToDateOnly();
        var to = request.FiledTo.ToDateOnly();
        if (request.FiledFrom is not null && from is null)
        {
            violations.Add(new("filed_from", "is not a valid calendar date"));
        }

        if (request.FiledTo is not null && to is null)
        {
            violations.Add(new("filed_to", "is not a valid calendar date"));
        }

        RequestValidationException.ThrowIfAny(violations);
        var filter = new DeclarationFilter(filedBy, Empty(request.DeclarantTaxpayerNumber),
            request.Status == V1.DeclarationStatus.Unspecified ? null : (Domain.DeclarationStatus)(int)request.Status,
            Empty(request.CustomsOfficeCode), OfficeMidnight(from), OfficeMidnight(to?.AddDays(1)));
        var (page, next) = await search.ListAsync(filter, pageSize, cursor, context.CancellationToken);
        var response = new ListDeclarationsResponse { NextPageToken = next?.Encode() ?? "" };
        response.Declarations.AddRange(page.Select(d => d.ToProto()));
        return response;
    }

    public override async Task<ListOverdueDeclarationsResponse> ListOverdueDeclarations(ListOverdueDeclarationsRequest request, ServerCallContext context)
    {
        Caller.From(context).RequireOfficer();
        var violations = new List<FieldViolation>();
        var (pageSize, cursor) = Paging(request.PageSize, request.PageToken, violations);
        RequestValidationException.ThrowIfAny(violations);
        var today = Domain.Declaration.OfficeDate(clock.GetStoredNow());
        var (page, next) = await search.ListOverdueAsync(Empty(request.CustomsOfficeCode), today, pageSize, cursor, context.CancellationToken);
        var response = new ListOverdueDeclarationsResponse { NextPageToken = next?.Encode() ?? "" };
        response.Declarations.AddRange(page.Select(d => d.ToProto()));
        return response;
    }

    public override async Task<WithdrawDeclarationResponse> WithdrawDeclaration(WithdrawDeclarationRequest request, ServerCallContext context)
    {
        var declarant = Caller.From(context).RequireDeclarant();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, []);
        var d = await actions.WithdrawAsync(id, version, declarant, Empty(request.Reason), context.CancellationToken);
        return new WithdrawDeclarationResponse { Declaration = d.ToProto() };
    }

    public override async Task<RegisterDeclarationResponse> RegisterDeclaration(RegisterDeclarationRequest request, ServerCallContext context)
    {
        var officer = Caller.From(context).RequireOfficer();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, []);
        var d = await actions.RegisterAsync(id, version, officer, context.CancellationToken);
        return new RegisterDeclarationResponse { Declaration = d.ToProto() };
    }

    public override async Task<RefuseReleaseResponse> RefuseRelease(RefuseReleaseRequest request, ServerCallContext context)
    {
        var officer = Caller.From(context).RequireOfficer();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [], Required(request.Reason, "reason"), Required(request.LegalBasis, "legal_basis"));
        var d = await actions.RefuseReleaseAsync(id, version, officer, request.Reason, request.LegalBasis, context.CancellationToken);
        return new RefuseReleaseResponse { Declaration = d.ToProto() };
    }

    public override async Task<VoidDeclarationResponse> VoidDeclaration(VoidDeclarationRequest request, ServerCallContext context)
    {
        var officer = Caller.From(context).RequireOfficer();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [], Required(request.Reason, "reason"));
        var d = await actions.VoidAsync(id, version, officer, request.Reason, context.CancellationToken);
        return new VoidDeclarationResponse { Declaration = d.ToProto() };
    }

    public override async Task<ReleaseGoodsResponse> ReleaseGoods(ReleaseGoodsRequest request, ServerCallContext context)
    {
        var officer = Caller.From(context).RequireOfficer();
        var presented = request.PresentedDocuments.Select((p, i) => (Index: i, p.ItemNumber, p.Document)).ToList();
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [],
            [.. presented.Select(p => (p.Document is { Kind: not V1.DocumentKind.Unspecified, Reference.Length: > 0 } && p.ItemNumber > 0,
                new FieldViolation($"presented_documents[{p.Index}]", "needs an item number, a document kind and its reference")))]);
        var documents = presented.Select(p => new Domain.PresentedDocument(p.ItemNumber,
            new Domain.GoodsDocumentRef((Domain.DocumentKind)(int)p.Document.Kind, p.Document.Reference, p.Document.IssuedOn.ToDateOnly()))).ToList();
        var d = await actions.ReleaseAsync(id, version, officer, documents, context.CancellationToken);
        return new ReleaseGoodsResponse { Declaration = d.ToProto() };
    }

    public override async Task<EstablishQuantityResponse> EstablishQuantity(EstablishQuantityRequest request, ServerCallContext context)
    {
        var officer = Caller.From(context).RequireOfficer();
        var established = request.EstablishedQuantity;
        var wellFormed = established is not null && ProtoValues.IsWellFormed(established.Units, established.Nanos);
        var quantity = wellFormed ? established!.ToDecimal() : 0;
        var (id, version) = Target(request.DeclarationId, request.ExpectedVersion, [],
            (request.ItemNumber > 0, new FieldViolation("item_number", "is required")),
            (established is null || wellFormed, new FieldViolation("established_quantity", "units and nanos must agree in sign, nanos within ±999,999,999")),
            (established is null || !wellFormed || quantity >= 0, new FieldViolation("established_quantity", "cannot be negative")),
            (established is not null, new FieldViolation("established_quantity", "is required")),
            (request.ControlForm != V1.ControlForm.Unspecified, new FieldViolation("control_form", "must be INSPECTION or EXAMINATION")));
        var d = await actions.EstablishQuantityAsync(id, version, officer, request.ItemNumber, quantity,
            (Domain.ControlForm)(int)request.ControlForm, context.CancellationToken);
        return new EstablishQuantityResponse { Declaration = d.ToProto() };
    }

    private static (int PageSize, PageCursor? Cursor) Paging(int pageSize, string pageToken, List<FieldViolation> violations)
    {
        if (pageSize is < 0 or > 100)
        {
            violations.Add(new("page_size", "must be between 0 and 100"));
        }

        if (!PageCursor.TryDecode(pageToken, out var cursor))
        {
            violations.Add(new("page_token", "is not a token this service issued"));
        }

        return (pageSize == 0 ? 20 : Math.Clamp(pageSize, 1, 100), cursor);
    }

    private static DateTimeOffset? OfficeMidnight(DateOnly? date) =>
        date is { } d ? OfficeTime.StartOf(d, OfficeTime.Moscow).ToUniversalTime() : null;

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
