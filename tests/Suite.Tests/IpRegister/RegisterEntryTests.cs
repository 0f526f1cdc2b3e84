using Grpc.Core;
using Customs.IpRegister.V1;

namespace Customs.Suite.Tests.IpRegister;

[Collection(GraphCollection.Name)]
public sealed class RegisterEntryTests(GraphFixture graph)
{
    private static Google.Type.Date Proto(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    [Fact]
    public async Task Only_a_customs_officer_decides_an_application_and_changes_an_entry()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var submitted = await ipRegister.Client.SubmitApplicationAsync(IpRegisterDriver.Application(IpRegisterDriver.UniqueBrand("Acts"), "6403"), ipRegister.RightHolder);
        var holder = ipRegister.RightHolder;

        var decide = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => ipRegister.Client.DecideApplicationAsync(
            new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, holder).ResponseAsync);
        var entryId = (await ipRegister.Client.DecideApplicationAsync(
            new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, ipRegister.Inspector)).RegisterEntryId;
        var exclude = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => ipRegister.Client.ExcludeEntryAsync(
            new ExcludeEntryRequest { RegisterEntryId = entryId, Reason = ExclusionReason.HolderRequest }, holder).ResponseAsync);
        var importer = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => ipRegister.Client.AddAuthorisedImporterAsync(
            new AddAuthorisedImporterRequest { RegisterEntryId = entryId, TaxpayerNumber = "7709999999", Name = "Grey Imports LLC" }, holder).ResponseAsync);

        Assert.All([decide, exclude, importer], e => Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, e.StatusCode));
        Assert.False((await ipRegister.Client.GetEntryAsync(new GetEntryRequest { RegisterEntryId = entryId }, holder)).Entry.Excluded);
    }

    [Fact]
    public async Task The_published_list_shows_each_entry_with_the_capacity_in_which_it_was_obtained()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var brand = IpRegisterDriver.UniqueBrand("List");
        var entryId = await ipRegister.RegisterAsync(brand, "9503", ApplicantCapacity.Licensee);

        var published = new List<RegisterEntry>();
        var request = new ListPublishedEntriesRequest { PageSize = 2 };
        do
        {
            var page = await ipRegister.Client.ListPublishedEntriesAsync(request, ipRegister.Declarant);
            published.AddRange(page.Entries);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        var entry = Assert.Single(published, e => e.RegisterEntryId == entryId);
        Assert.Equal(ApplicantCapacity.Licensee, entry.ApplicantCapacity);
        Assert.Equal("Smart Orange LLC", entry.ApplicantName);
    }

    [Fact]
    public async Task An_entry_is_extended_to_at_most_five_years_from_the_extension()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var application = IpRegisterDriver.Application(IpRegisterDriver.UniqueBrand("Extend"), "6110");
        application.RequestedUntil = Proto(today.AddYears(1));
        var submitted = await ipRegister.Client.SubmitApplicationAsync(application, ipRegister.RightHolder);
        var decided = await ipRegister.Client.DecideApplicationAsync(new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, ipRegister.Inspector);

        var extended = (await ipRegister.Client.ExtendEntryAsync(new ExtendEntryRequest
        {
            RegisterEntryId = decided.RegisterEntryId, RequestedUntil = Proto(today.AddYears(9)),
        }, ipRegister.Inspector)).Entry;

        Assert.Equal(Proto(today.AddYears(1)), decided.ValidUntil);
        Assert.Equal(Proto(today.AddYears(5)), extended.ValidUntil);
    }

    [Fact]
    public async Task An_entry_is_extended_past_its_security_only_with_a_renewed_security_that_covers_the_new_term()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var application = IpRegisterDriver.Application(IpRegisterDriver.UniqueBrand("Renew"), "6110");
        application.RequestedUntil = Proto(today.AddYears(1));
        application.Security.ValidUntil = Proto(today.AddYears(2));
        var submitted = await ipRegister.Client.SubmitApplicationAsync(application, ipRegister.RightHolder);
        var entryId = (await ipRegister.Client.DecideApplicationAsync(
            new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, ipRegister.Inspector)).RegisterEntryId;
        var request = new ExtendEntryRequest { RegisterEntryId = entryId, RequestedUntil = Proto(today.AddYears(4)) };

        // Arts. 396, 395(2): the insurance ends two years from now; the new term would run four.
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => ipRegister.Client.ExtendEntryAsync(request, ipRegister.Inspector).ResponseAsync);
        request.Security = application.Security.Clone();
        request.Security.Reference = "Policy 2, renewed";
        request.Security.ValidUntil = Proto(today.AddYears(4));
        var extended = (await ipRegister.Client.ExtendEntryAsync(request, ipRegister.Inspector)).Entry;

        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("SECURITY_DOES_NOT_COVER_TERM", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>().Reason);
        Assert.Equal(Proto(today.AddYears(4)), extended.ValidUntil);
    }

    [Fact]
    public async Task An_entry_whose_security_lapses_leaves_the_register_and_its_suspensions_are_lifted()
    {
        using var ipRegister = new IpRegisterDriver(graph.App);
        var today = await graph.App.TodayAsync();
        var brand = IpRegisterDriver.UniqueBrand("Lapse");
        var application = IpRegisterDriver.Application(brand, "4203");
        application.Security.ValidUntil = Proto(today.AddDays(1));
        var submitted = await ipRegister.Client.SubmitApplicationAsync(application, ipRegister.RightHolder);
        var entryId = (await ipRegister.Client.DecideApplicationAsync(new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, ipRegister.Inspector)).RegisterEntryId;
        var screened = await ipRegister.Client.ScreenDeclarationAsync(IpRegisterDriver.Commercial(brand, "4203100000", 50, Guid.NewGuid().ToString()), ipRegister.Inspector);
        var suspensionId = screened.Results.Single().SuspensionId;
        // Suspended by the head's decision, so that only the entry's lapse can lift it within these two days (an
        // undecided hold would lapse by itself on its decide-by day, Art. 397(1), racing the entry's lapse).
        await ipRegister.DecideAsync(suspensionId, SuspensionDecision.Suspend);

        await graph.App.AdvanceClockAsync(TimeSpan.FromDays(2));
        var entry = await Eventually.WaitAsync(
            async () => (await ipRegister.Client.GetEntryAsync(new GetEntryRequest { RegisterEntryId = entryId }, ipRegister.Declarant)).Entry,
            e => e.Excluded, TimeSpan.FromSeconds(30), "the entry to be excluded when its security lapsed");
        var suspension = (await ipRegister.Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = suspensionId }, ipRegister.Inspector)).Suspension;
        var after = await ipRegister.OutcomeAsync(IpRegisterDriver.Commercial(brand, "4203100000", 50));

        Assert.Equal(ExclusionReason.SecurityLapsed, entry.ExclusionReason);
        Assert.Equal(LiftReason.EntryExcluded, suspension.LiftReason);
        Assert.Equal(ScreeningOutcome.Clear, after);
    }
}
