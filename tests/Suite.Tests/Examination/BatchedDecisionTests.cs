extern alias bench;

using Aspire.Hosting.Testing;
using Customs.Declarations.Contracts;
using Customs.Suite.Tests.Foundation;
using Dapper;
using bench::Customs.Benchmarks.Graph;

namespace Customs.Suite.Tests.Examination;

/// <summary>
/// Control decisions are made in batches (Art. 358): registrations arriving together at one office are decided one after the
/// other, each on the counters the one before left, and a queued declaration that cannot be decided is kept with its error
/// without holding the others back; one closed while it waited is not decided.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class BatchedDecisionTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Registrations_arriving_together_at_one_office_each_see_the_counters_the_one_before_left()
    {
        // An office of its own under the Central directorate (no other test decides there): its counters start at zero.
        var office = $"101{Random.Shared.Next(0, 100_000):D5}";
        var registrations = Enumerable.Range(0, 24).Select(_ => AtOffice(office)).ToList();

        await SendToExaminationAsync(registrations);

        await using var db = await graph.App.CreateDataSourceAsync("examination-db");
        await using var connection = await db.OpenConnectionAsync();
        var ids = registrations.Select(r => r.DeclarationId).ToArray();
        try
        {
            await Eventually.WaitAsync(async () => await connection.ExecuteScalarAsync<int>(
                "select count(*)::int from control_decisions where declaration_id = any(@ids)", new { ids }) == ids.Length, Patience, "24 control decisions");
        }
        catch (TimeoutException)
        {
            var state = await connection.QueryAsync<string>("""
                select 'cases ' || (select count(*) from control_cases where declaration_id = any(@ids))
                union all select 'pending ' || seq || ' attempts ' || attempts || ' ' || coalesce(last_error, '') from pending_decisions where declaration_id = any(@ids)
                """, new { ids });
            throw new TimeoutException(string.Join("; ", state));
        }

        var before = (await connection.QueryAsync<int>(
            "select (inputs -> 'countersBefore' ->> 'total')::int from control_decisions where declaration_id = any(@ids) order by 1", new { ids })).ToList();
        Assert.Equal(Enumerable.Range(0, 24), before);
        Assert.Equal(24, await connection.ExecuteScalarAsync<int>(
            "select total from selection_counters where office_code = @office and direction = 'import'", new { office }));
        Assert.Equal(24, await connection.ExecuteScalarAsync<int>(
            "select count(*)::int from control_cases where declaration_id = any(@ids) and status = 'decided'", new { ids }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*)::int from pending_decisions where declaration_id = any(@ids)", new { ids }));
    }

    [Fact]
    public async Task A_queued_declaration_that_cannot_be_decided_keeps_its_error_and_one_closed_meanwhile_is_not_decided()
    {
        await using var db = await graph.App.CreateDataSourceAsync("examination-db");
        await using var connection = await db.OpenConnectionAsync();
        var (unreadable, closed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        const string queue = """
            insert into control_cases (declaration_id, registration_number, customs_office_code, declaration_kind, goods_item_count, status, opened_at)
            values (@Id, @Number, '10005020', 'commercial_import', 1, @Status, now());
            insert into pending_decisions (declaration_id, facts, queued_at) values (@Id, '{"declarationId": "not a facts document"}', now());
            """;
        await connection.ExecuteAsync(queue, new[]
        {
            new { Id = unreadable, Number = $"TEST-{unreadable:N}", Status = "awaiting_risk_assessment" },
            new { Id = closed, Number = $"TEST-{closed:N}", Status = "closed" },
        });
        try
        {
            var registered = AtOffice("10005020");
            await SendToExaminationAsync([registered]);

            await Eventually.WaitAsync(async () => await connection.ExecuteScalarAsync<bool>(
                "select exists (select from control_decisions where declaration_id = @Id)", new { Id = registered.DeclarationId }), Patience,
                "the readable registration decided");
            var kept = await Eventually.WaitAsync(
                () => connection.QuerySingleAsync<(int Attempts, string? Error, string Status)>("""
                    select p.attempts, p.last_error, k.status from pending_decisions p join control_cases k using (declaration_id) where declaration_id = @Id
                    """, new { Id = unreadable }),
                row => row.Attempts > 0, Patience, "the unreadable row tried and kept");
            Assert.NotNull(kept.Error);
            Assert.Equal("awaiting_risk_assessment", kept.Status);

            await Eventually.WaitAsync(async () => !await connection.ExecuteScalarAsync<bool>(
                "select exists (select from pending_decisions where declaration_id = @Id)", new { Id = closed }), Patience, "the closed case's row removed");
            Assert.False(await connection.ExecuteScalarAsync<bool>("select exists (select from control_decisions where declaration_id = @Id)", new { Id = closed }));
            Assert.Equal("closed", await connection.ExecuteScalarAsync<string>("select status from control_cases where declaration_id = @Id", new { Id = closed }));
        }
        finally
        {
            await connection.ExecuteAsync("""
                delete from pending_decisions where declaration_id = any(@Ids);
                delete from control_cases where declaration_id = any(@Ids);
                """, new { Ids = new[] { unreadable, closed } });
        }
    }

    private static DeclarationRegistered AtOffice(string office)
    {
        var registered = DeclarationSamples.Registered();
        return registered with { CustomsOfficeCode = office, RegistrationNumber = $"{office}/261126/{Random.Shared.Next(1_000_000, 9_999_999)}" };
    }

    /// <summary>Sends the registrations straight to the Examination service's queue, at once (no other service sees them).</summary>
    private async Task SendToExaminationAsync(IReadOnlyList<DeclarationRegistered> registrations)
    {
        await using var sender = await QueueSender.StartAsync(
            await graph.App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("messaging has no connection string."),
            "examination-declaration-registered");
        await Task.WhenAll(registrations.Select(r => sender.Endpoint.Send(r)));
    }
}
