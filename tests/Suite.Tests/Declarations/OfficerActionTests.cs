using Customs.BuildingBlocks.Identity;
using Customs.Declarations.V1;
using Grpc.Core;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class OfficerActionTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    private async Task<Declaration> FileAsync() =>
        (await _calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;

    [Fact]
    public async Task Two_officers_acting_on_the_same_version_cannot_both_win()
    {
        var filed = await FileAsync();
        var request = new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version };

        var outcomes = await Task.WhenAll(
            DeclarationCalls.Outcome(_calls.Client.RegisterDeclarationAsync(request, _calls.AsOfficer("officer-1")).ResponseAsync),
            DeclarationCalls.Outcome(_calls.Client.RegisterDeclarationAsync(request, _calls.AsOfficer("officer-2")).ResponseAsync));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Order());
        var read = (await _calls.Client.GetDeclarationAsync(
            new GetDeclarationRequest { DeclarationId = filed.DeclarationId }, _calls.AsOfficer())).Declaration;
        Assert.Single(read.History, h => h.ToStatus == DeclarationStatus.Registered);
    }

    [Fact]
    public async Task Registration_is_announced_and_examination_opens_a_control_case()
    {
        var filed = await FileAsync();

        var registered = (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
            _calls.AsOfficer())).Declaration;

        Assert.Equal(DeclarationStatus.UnderControl, registered.Status);
        Assert.StartsWith("10005020/", registered.RegistrationNumber);
        await using var examination = await graph.App.CreateDataSourceAsync("examination-db");
        var number = await Eventually.WaitAsync(async () =>
        {
            await using var command = examination.CreateCommand("select registration_number from control_cases where declaration_id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(filed.DeclarationId) });
            return (string?)await command.ExecuteScalarAsync();
        }, n => n is not null, TimeSpan.FromSeconds(30), "a control case for the registered declaration");
        Assert.Equal(registered.RegistrationNumber, number);
    }

    [Fact]
    public async Task Registrations_at_one_office_at_once_each_get_a_number_of_their_own()
    {
        var filed = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => FileAsync()));

        // Registered at once, most of them wait for the office's counter together and take their numbers in one round trip.
        var registered = await Task.WhenAll(filed.Select(async f => (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = f.DeclarationId, ExpectedVersion = f.Version }, _calls.AsOfficer())).Declaration));

        var numbers = registered.Select(r => r.RegistrationNumber).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^10005020/\d{6}/\d{7}$", n));
        // Stored as answered: each declaration read back has the number its registration returned.
        foreach (var r in registered)
        {
            var read = (await _calls.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = r.DeclarationId }, _calls.AsOfficer())).Declaration;
            Assert.Equal(r.RegistrationNumber, read.RegistrationNumber);
        }
    }

    [Fact]
    public async Task Registering_a_registered_declaration_is_a_failed_precondition()
    {
        var filed = await FileAsync();
        var registered = (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 1 }, _calls.AsOfficer())).Declaration;

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = registered.Version },
            _calls.AsOfficer()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Theory]
    [InlineData(OfficerRole.Inspector)]
    [InlineData(OfficerRole.DeputyHead)]
    [InlineData(OfficerRole.Head)]
    public async Task Every_officer_role_of_the_suite_may_register_a_declaration(OfficerRole role)
    {
        var filed = await FileAsync();

        var registered = (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
            _calls.AsOfficer($"{role.Code()}-1", role))).Declaration;

        Assert.Equal(DeclarationStatus.UnderControl, registered.Status);
    }

    [Theory]
    [InlineData("chief")]
    [InlineData("officer")]
    [InlineData("")]
    public async Task A_token_with_a_role_outside_the_suites_vocabulary_is_not_accepted(string role)
    {
        var filed = await FileAsync();
        var now = DateTimeOffset.UtcNow;
        var token = graph.App.Tokens().Mint(
            [new("sub", "officer-9"), new("role", role), new("officer_id", "officer-9"), new("office_code", "10005000")], now, now.AddMinutes(5));

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, Callers.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("inspector, deputy_head, head", error.Status.Detail);
    }

    [Fact]
    public async Task A_declarant_cannot_act_as_an_officer()
    {
        var filed = await FileAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ReleaseGoodsAsync(
            new ReleaseGoodsRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = 1 }, _calls.AsDeclarant).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains("inspector, deputy_head, head", error.Status.Detail);
    }

    [Fact]
    public async Task An_unknown_declaration_is_not_found() =>
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => _calls.Client.GetDeclarationAsync(
            new GetDeclarationRequest { DeclarationId = Guid.NewGuid().ToString() }, _calls.AsOfficer()).ResponseAsync)).StatusCode);

    public void Dispose() => _calls.Dispose();
}
