using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Register;
using Customs.IpRegister.Api.Screening;
using Customs.IpRegister.Api.Suspensions;
using Customs.IpRegister.V1;
using Customs.BuildingBlocks.Identity;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>
/// The register's RPCs: applications and entries here; screening and suspensions in the other part. The right-holder
/// applies (Art. 394(5)); officers decide and keep the register (Arts. 395(3), 396); the published register is open to
/// every authenticated caller.
/// </summary>
[Authorize]
public sealed partial class IpRegisterGrpcService(
    ApplicationCommands applications, EntryCommands entryCommands, EntryQueries entryQueries, SuspensionCommands suspensions,
    NoticeService notices, InspectionPermits inspections, Screener screener, DeclarationScreening screening, GacDetentionCommands gac,
    TimeProvider clock)
    : IpRegisterService.IpRegisterServiceBase
{
    /// <summary>The register is the Russian customs register (Art. 394): its dates are Moscow dates.</summary>
    private DateOnly Today => OfficeDate.RegisterToday(clock);

    [Authorize(Policy = CallerPolicies.RightHolder)]
    public override async Task<SubmitApplicationResponse> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context)
    {
        var (id, decideBy) = await applications.SubmitAsync(ApplicationMapping.ToDomain(request, Today), context.CancellationToken);
        return new SubmitApplicationResponse { ApplicationId = id.ToString(), DecideBy = decideBy.ToDate() };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<DecideApplicationResponse> DecideApplication(DecideApplicationRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.ApplicationId, "application_id");
        var decision = await applications.DecideAsync(
            id, request.Approve, EnumMap.To<Domain.Entries.RefusalReason>(request.RefusalReason), context.GetCaller().Subject, context.CancellationToken);
        return new DecideApplicationResponse
        {
            RegisterEntryId = decision.RegisterEntryId?.ToString() ?? "",
            ValidUntil = WireValues.ToDate(decision.ValidUntil),
            NotifyApplicantBy = WireValues.ToDate(decision.NotifyApplicantBy),
            DecideBy = WireValues.ToDate(decision.DecideBy),
            DecidedLate = decision.DecidedLate,
        };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExtendApplicationConsiderationResponse> ExtendApplicationConsideration(
        ExtendApplicationConsiderationRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var id = Ids.Parse(request.ApplicationId, "application_id");
        var decideBy = WireValues.ToDateOnlyOrNull(request.DecideBy);
        if (decideBy is null)
        {
            violations.Add(new("decide_by", "The new day of the decision is missing (Art. 394(5))."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            violations.Add(new("reason", "Why the consideration needs longer (e.g. documents asked of third parties, Art. 394(5)) is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var extended = await applications.ExtendConsiderationAsync(id, decideBy!.Value, request.Reason.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new ExtendApplicationConsiderationResponse { ApplicationId = extended.ApplicationId.ToString(), DecideBy = WireValues.ToDate(extended.DecideBy) };
    }

    public override async Task<GetEntryResponse> GetEntry(GetEntryRequest request, ServerCallContext context)
    {
        var entry = await entryQueries.GetAsync(Ids.Parse(request.RegisterEntryId, "register_entry_id"), context.CancellationToken);
        return new GetEntryResponse { Entry = EntryMapping.ToProto(entry) };
    }

    /// <summary>AIP-158 for the register's lists: 100 when page_size is 0, at most 1000 (as the proto documents).</summary>
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public override async Task<ListPublishedEntriesResponse> ListPublishedEntries(ListPublishedEntriesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var page = Paging.Read<EntryCursor>(request, DefaultPageSize, MaxPageSize, violations);
        RequestValidationException.ThrowIfAny(violations);
        var on = request.On.ToDateOnlyOrNull() ?? Today;
        var rows = await entryQueries.ListPublishedAsync(on, page.After?.AfterEntryNumber ?? 0, page.PageSize + 1, context.CancellationToken);
        var shown = rows.Take(page.PageSize).ToList();
        return new ListPublishedEntriesResponse
        {
            Entries = { shown.Select(EntryMapping.ToProto) },
            NextPageToken = page.NextToken(rows.Count > page.PageSize ? new EntryCursor(shown[^1].EntryNumber) : null),
        };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExtendEntryResponse> ExtendEntry(ExtendEntryRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.RegisterEntryId, "register_entry_id");
        var violations = new List<FieldViolation>();
        var until = WireValues.ToDateOnlyOrNull(request.RequestedUntil);
        if (until is null)
        {
            violations.Add(new("requested_until", "The requested term is missing (Art. 396)."));
        }

        var renewed = request.Security is null ? null : ApplicationMapping.ToSecurity(request.Security);
        if (request.Security is not null)
        {
            ApplicationValidator.ValidateSecurity(renewed, OfficeDate.RegisterToday(clock), violations);
        }

        RequestValidationException.ThrowIfAny(violations);
        var entry = await entryCommands.ExtendAsync(id, until!.Value, renewed, context.CancellationToken);
        return new ExtendEntryResponse { Entry = EntryMapping.ToProto(entry) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExcludeEntryResponse> ExcludeEntry(ExcludeEntryRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.RegisterEntryId, "register_entry_id");
        var entry = await entryCommands.ExcludeAsync(id, EnumMap.To<Domain.Entries.ExclusionReason>(request.Reason), context.CancellationToken);
        return new ExcludeEntryResponse { Entry = EntryMapping.ToProto(entry) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<AddAuthorisedImporterResponse> AddAuthorisedImporter(AddAuthorisedImporterRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.RegisterEntryId, "register_entry_id");
        var entry = await entryCommands.AddImporterAsync(id, request.TaxpayerNumber, request.Name, context.CancellationToken);
        return new AddAuthorisedImporterResponse { Entry = EntryMapping.ToProto(entry) };
    }
}
