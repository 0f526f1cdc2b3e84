using Customs.Examination.V1;
using Customs.Suite.Tests.Declarations;
using Dapper;
using Google.Rpc;
using Grpc.Core;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Risk management through the API (Art. 358): a profile a risk analyst writes decides the lane of the next registered
/// declaration it hits, the decision says why and records its seed, and the profile's statistics count it.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class ControlDecisionTests(GraphFixture graph)
{
    [Fact]
    public async Task A_profile_written_through_the_api_sends_a_registered_declaration_to_the_red_lane_and_says_why()
    {
        using var examination = new ExaminationDriver(graph);
        using var declarations = new DeclarationCalls(graph);
        var brand = $"Brand-{Guid.NewGuid():N}"[..20];
        var profile = (await examination.Risk.CreateRiskProfileAsync(
            new CreateRiskProfileRequest { Profile = ExaminationDriver.RedForBrand(brand) }, examination.AsAnalyst)).Profile;

        var filing = DeclarationCalls.CommercialImport();
        filing.Items[0].Brand = brand;
        var filed = (await declarations.Client.FileDeclarationAsync(filing, declarations.AsDeclarant)).Declaration;
        var registered = (await declarations.Client.RegisterDeclarationAsync(
            new() { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, declarations.AsOfficer())).Declaration;
        var decision = await examination.DecisionAsync(filed.DeclarationId);

        Assert.Equal(Lane.Red, decision.Lane);
        Assert.Equal([ControlForm.DocumentVerification, ControlForm.Examination], decision.Forms);
        Assert.Equal("PROFILE", decision.SelectedBy);
        var hit = Assert.Single(decision.Hits);
        Assert.Equal((profile.ProfileId, 1, true), (hit.ProfileId, hit.ProfileVersion, hit.Selected));
        Assert.Equal($"item 1: tariff code 6203423100 under 6203, brand {brand}", Assert.Single(hit.Matched));
        Assert.Matches("^[0-9a-f]{32}$", decision.Seed);
        Assert.Equal(registered.RegistrationNumber, decision.RegistrationNumber);

        var day = decision.AcceptanceDate;
        var statistics = (await examination.Risk.GetProfileStatisticsAsync(
            new GetProfileStatisticsRequest { ProfileId = profile.ProfileId, From = day, To = day }, examination.AsOfficer)).Statistics;
        Assert.Equal((1, 1, 0, 0), (statistics.Hits, statistics.Selections, statistics.Examinations, statistics.Findings));

        await using var db = await graph.App.CreateDataSourceAsync("examination-db");
        await Eventually.WaitAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("""
                select count(*) = 1 from outbox_messages
                where message_type = 'Customs.Examination.Contracts.ControlDecided' and payload ->> 'declarationId' = @id
                  and payload ->> 'lane' = 'red' and dispatched_at is not null
                """, new { id = filed.DeclarationId });
        }, TimeSpan.FromSeconds(30), "ControlDecided (red) published once");
    }

    [Fact]
    public async Task A_bad_profile_is_refused_with_a_field_violation_per_problem_and_nothing_is_stored()
    {
        using var examination = new ExaminationDriver(graph);
        var bad = ExaminationDriver.RedForBrand("x");
        bad.Name = "";
        bad.Criteria.TariffCodePrefixes[0] = "62O3";
        bad.Forms.Clear();
        bad.Forms.Add(ControlForm.DocumentVerification);
        await using var db = await graph.App.CreateDataSourceAsync("examination-db");
        await using var connection = await db.OpenConnectionAsync();
        var before = await connection.ExecuteScalarAsync<long>("select count(*) from risk_profiles");

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            examination.Risk.CreateRiskProfileAsync(new CreateRiskProfileRequest { Profile = bad }, examination.AsAnalyst).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["profile.name", "profile.criteria.tariff_code_prefixes[0]", "profile.forms"],
            refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(before, await connection.ExecuteScalarAsync<long>("select count(*) from risk_profiles"));
    }
}
