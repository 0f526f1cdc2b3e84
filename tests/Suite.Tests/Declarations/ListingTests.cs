using Customs.BuildingBlocks.Calendar;
using Customs.Declarations.V1;
using Google.Rpc;
using Grpc.Core;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class ListingTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task A_declarant_pages_through_its_own_declarations_only()
    {
        var mine = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            mine.Add((await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration.DeclarationId);
        }

        using var other = new DeclarationCalls(graph);
        await other.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), other.AsDeclarant);

        var first = await _calls.Client.ListDeclarationsAsync(new ListDeclarationsRequest { PageSize = 2 }, _calls.AsDeclarant);
        var second = await _calls.Client.ListDeclarationsAsync(
            new ListDeclarationsRequest { PageSize = 2, PageToken = first.NextPageToken }, _calls.AsDeclarant);

        Assert.Equal(mine, first.Declarations.Concat(second.Declarations).Select(d => d.DeclarationId));
        Assert.Equal("", second.NextPageToken);
    }

    [Fact]
    public async Task A_page_token_with_a_time_out_of_range_is_a_field_violation_not_an_internal_error()
    {
        var token = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{long.MaxValue}:{Guid.NewGuid():N}"));

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ListDeclarationsAsync(
            new ListDeclarationsRequest { PageToken = token }, _calls.AsOfficer()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("page_token", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Filing_days_are_the_offices_own_days()
    {
        // 15:00 UTC is 01:00 of the next day in Vladivostok (UTC+10) and 18:00 in Moscow: the clock is moved to the next one.
        const string vladivostok = "10702010";
        var now = await graph.App.NowAsync();
        var fifteen = new DateTimeOffset(now.UtcDateTime.Date.AddHours(15), TimeSpan.Zero);
        await graph.App.AdvanceClockAsync((fifteen > now ? fifteen : fifteen.AddDays(1)) - now + TimeSpan.FromMinutes(1));
        var request = DeclarationCalls.CommercialImport();
        request.CustomsOfficeCode = vladivostok;
        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
        var filedAt = filed.FiledAt.ToDateTimeOffset();
        var vladivostokDay = OfficeTimeZones.Default.DateAt(vladivostok, filedAt);
        var moscowDay = OfficeTime.DateAt(filedAt, OfficeTime.Moscow);

        async Task<IEnumerable<string>> FiledOn(DateOnly day) => (await _calls.Client.ListDeclarationsAsync(new ListDeclarationsRequest
        {
            CustomsOfficeCode = vladivostok, FiledFrom = Day(day), FiledTo = Day(day), PageSize = 100,
        }, _calls.AsDeclarant)).Declarations.Select(d => d.DeclarationId);

        Assert.Equal(moscowDay.AddDays(1), vladivostokDay);
        Assert.Contains(filed.DeclarationId, await FiledOn(vladivostokDay));
        Assert.DoesNotContain(filed.DeclarationId, await FiledOn(moscowDay));
    }

    [Fact]
    public async Task An_officer_filters_by_status_and_declarant()
    {
        var request = DeclarationCalls.CommercialImport();
        request.Declarant.TaxpayerNumber = "7736050003";
        var filed = (await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant)).Declaration;
        await _calls.Client.WithdrawDeclarationAsync(
            new WithdrawDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 1, Reason = "filed in error" }, _calls.AsDeclarant);

        var withdrawn = await _calls.Client.ListDeclarationsAsync(new ListDeclarationsRequest
        {
            DeclarantTaxpayerNumber = "7736050003", Status = DeclarationStatus.Withdrawn, PageSize = 100,
        }, _calls.AsOfficer());

        Assert.Contains(withdrawn.Declarations, d => d.DeclarationId == filed.DeclarationId);
        Assert.All(withdrawn.Declarations, d => Assert.Equal(DeclarationStatus.Withdrawn, d.Status));
    }

    public void Dispose() => _calls.Dispose();

    private static Google.Type.Date Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
