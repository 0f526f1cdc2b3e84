using Customs.Declarations.V1;
using Google.Rpc;
using Grpc.Core;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class FilingTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task A_filed_declaration_is_read_back_as_filed()
    {
        var filed = (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;

        var read = (await _calls.Client.GetDeclarationAsync(
            new GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _calls.AsDeclarant)).Declaration;

        Assert.Equal(DeclarationStatus.Filed, read.Status);
        Assert.Equal(1, read.Version);
        Assert.Equal("6203423100", Assert.Single(read.Items).TariffCode);
        Assert.Equal(WireDecimals.Dec(65.5m), read.Items[0].GrossWeightKg);
        Assert.Equal(filed, read);
    }

    [Fact]
    public async Task A_malformed_filing_gets_one_field_violation_per_problem_and_nothing_is_stored()
    {
        var request = DeclarationCalls.CommercialImport();
        request.Declarant.TaxpayerNumber = "7707083894";
        request.Items[0].TariffCode = "62034";
        request.Items[0].Quantity = WireDecimals.Dec(-3);
        request.Items[0].InvoiceValue.CurrencyCode = "EUX";

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order();
        Assert.Equal(["declarant.taxpayer_number", "items[0].invoice_value.currency_code", "items[0].quantity", "items[0].tariff_code"], violations);
        Assert.Equal(0, await CountFiledByAsync(_calls.DeclarantId));
    }

    [Fact]
    public async Task A_retried_filing_with_the_same_request_id_makes_one_declaration()
    {
        var request = DeclarationCalls.CommercialImport();

        var first = await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant);
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync));

        Assert.All(retries, r => Assert.Equal(first.Declaration.DeclarationId, r.Declaration.DeclarationId));
        Assert.Equal(1, await CountFiledByAsync(_calls.DeclarantId));
    }

    [Fact]
    public async Task Filings_with_one_request_id_sent_at_once_make_one_declaration_and_all_name_it()
    {
        // Each filing claims the request id in the batch that writes its declaration: the ones that lose the claim (waiting on
        // the winner's row) roll their declaration back and answer with the winner's.
        var request = DeclarationCalls.CommercialImport();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync));

        Assert.Single(answers.Select(a => a.Declaration.DeclarationId).Distinct());
        Assert.Equal(1, await CountFiledByAsync(_calls.DeclarantId));
    }

    [Fact]
    public async Task Reusing_a_request_id_for_a_different_filing_is_refused_as_already_existing()
    {
        var request = DeclarationCalls.CommercialImport();
        await _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant);
        request.Items[0].Quantity = WireDecimals.Dec(121);

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.FileDeclarationAsync(request, _calls.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal(1, await CountFiledByAsync(_calls.DeclarantId));
    }

    [Fact]
    public async Task To_another_declarant_a_declaration_does_not_exist_whatever_version_it_names()
    {
        var filed = (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;
        using var stranger = new DeclarationCalls(graph);
        var missing = Guid.NewGuid().ToString();

        // The answers a stranger gets for this declaration are those for one that does not exist: no version, no data.
        var answers = await Task.WhenAll(
            DeclarationCalls.Outcome(stranger.Client.WithdrawDeclarationAsync(
                new WithdrawDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 1 }, stranger.AsDeclarant).ResponseAsync),
            DeclarationCalls.Outcome(stranger.Client.WithdrawDeclarationAsync(
                new WithdrawDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 7 }, stranger.AsDeclarant).ResponseAsync),
            DeclarationCalls.Outcome(stranger.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = filed.DeclarationId }, stranger.AsDeclarant).ResponseAsync),
            DeclarationCalls.Outcome(stranger.Client.WithdrawDeclarationAsync(
                new WithdrawDeclarationRequest { DeclarationId = missing, ExpectedVersion = 7 }, stranger.AsDeclarant).ResponseAsync),
            DeclarationCalls.Outcome(stranger.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = missing }, stranger.AsDeclarant).ResponseAsync));
        var listed = await stranger.Client.ListDeclarationsAsync(new ListDeclarationsRequest(), stranger.AsDeclarant);
        var withdrawn = (await _calls.Client.WithdrawDeclarationAsync(
            new WithdrawDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 1 }, _calls.AsDeclarant)).Declaration;

        Assert.All(answers, a => Assert.Equal(StatusCode.NotFound, a));
        Assert.Empty(listed.Declarations);
        Assert.Equal(DeclarationStatus.Withdrawn, withdrawn.Status);
    }

    [Fact]
    public async Task Filing_without_a_declarant_identity_is_permission_denied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsOfficer()).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    private async Task<long> CountFiledByAsync(string declarantId)
    {
        await using var db = await graph.App.CreateDataSourceAsync("declarations-db");
        await using var command = db.CreateCommand("select count(*) from declarations where filed_by = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = declarantId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _calls.Dispose();
}
