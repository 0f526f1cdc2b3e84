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
    NoticeService notices, InspectionPermits inspections, Screener screener, ScreeningRecorder recorder, Npgsql.NpgsqlDataSource dataSource, TimeProvider clock)
    : IpRegisterService.IpRegisterServiceBase
{
    /// <summary>The register is the Russian customs register (Art. 394): its dates are Moscow dates.</summary>
    private DateOnly Today => OfficeDate.Today(clock, Jurisdiction.Russia);

    [Authorize(Policy = CallerPolicies.RightHolder)]
    public override async Task<SubmitApplicationResponse> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context)
    {
        var (id, decideBy) = await applications.SubmitAsync(ApplicationMapping.ToDomain(request, Today), context.CancellationToken);
        return new SubmitApplicationResponse { ApplicationId = id.ToString(), DecideBy = Dates.ToProto(decideBy) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<DecideApplicationResponse> DecideApplication(DecideApplicationRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.ApplicationId, "application_id");
        var decision = await applications.DecideAsync(
            id, request.Approve, (Domain.Entries.RefusalReason)(int)request.RefusalReason, context.GetCaller().Subject, context.CancellationToken);
        return new DecideApplicationResponse
        {
            RegisterEntryId = decision.RegisterEntryId?.ToString() ?? "",
            ValidUntil = Dates.ToProto(decision.ValidUntil),
            NotifyApplicantBy = Dates.ToProto(decision.NotifyApplicantBy),
        };
    }

    public override async Task<GetEntryResponse> GetEntry(GetEntryRequest request, ServerCallContext context)
    {
        var entry = await entryQueries.GetAsync(Ids.Parse(request.RegisterEntryId, "register_entry_id"), context.CancellationToken);
        return new GetEntryResponse { Entry = EntryMapping.ToProto(entry) };
    }

    public override async Task<ListPublishedEntriesResponse> ListPublishedEntries(ListPublishedEntriesRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var pageSize = request.PageSize == 0 ? 100 : request.PageSize;
        if (pageSize is < 1 or > 1000)
        {
            violations.Add(new("page_size", "Must be between 1 and 1000."));
        }

        long after = 0;
        if (request.PageToken.Length > 0 && !long.TryParse(request.PageToken, out after))
        {
            violations.Add(new("page_token", "Not a token this service issued."));
        }

        RequestValidationException.ThrowIfAny(violations);
        var on = Dates.FromProto(request.On) ?? Today;
        var rows = await entryQueries.ListPublishedAsync(on, after, pageSize, context.CancellationToken);
        var response = new ListPublishedEntriesResponse { Entries = { rows.Select(EntryMapping.ToProto) } };
        if (rows.Count == pageSize)
        {
            response.NextPageToken = rows[^1].EntryNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return response;
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExtendEntryResponse> ExtendEntry(ExtendEntryRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.RegisterEntryId, "register_entry_id");
        var until = Dates.FromProto(request.RequestedUntil)
            ?? throw new RequestValidationException([new("requested_until", "The requested term is missing (Art. 396).")]);
        var entry = await entryCommands.ExtendAsync(id, until, context.CancellationToken);
        return new ExtendEntryResponse { Entry = EntryMapping.ToProto(entry) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ExcludeEntryResponse> ExcludeEntry(ExcludeEntryRequest request, ServerCallContext context)
    {
        var id = Ids.Parse(request.RegisterEntryId, "register_entry_id");
        var entry = await entryCommands.ExcludeAsync(id, (Domain.Entries.ExclusionReason)(int)request.Reason, context.CancellationToken);
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
