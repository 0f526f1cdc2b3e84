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
}
