using Customs.Declarations.V1;
using Google.Type;
using Grpc.Core;
using Npgsql;

namespace Customs.Suite.Tests.Declarations;

[Collection(GraphCollection.Name)]
public sealed class IpSuspensionTests(GraphFixture graph) : IDisposable
{
    private readonly DeclarationCalls _calls = new(graph);

    [Fact]
    public async Task Goods_suspended_by_the_IP_register_are_held_until_the_suspension_is_lifted()
    {
        var declaration = await RegisteredAsync(await _calls.CommercialImportPresentedTodayAsync());
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(suspensionId, declaration.DeclarationId));
        var suspended = await WaitForStatusAsync(declaration.DeclarationId, DeclarationStatus.ReleaseSuspended);
        // Paid and green while suspended, so the suspension is all that holds the goods.
        await _calls.PayAsync(declaration.DeclarationId);
        await _calls.ConditionAsync(declaration.DeclarationId, ReleaseConditionKind.CustomsControl, c => c.Met, "the green lane");
        var held = await Assert.ThrowsAsync<RpcException>(() => _calls.Client.ReleaseGoodsAsync(
            new ReleaseGoodsRequest { DeclarationId = declaration.DeclarationId, ExpectedVersion = suspended.Version },
            _calls.AsOfficer()).ResponseAsync);
        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspensionLifted", new
        {
            SuspensionId = suspensionId, declaration.DeclarationId, LiftedOn = "2026-03-16", Reason = 1,
        });
        // The lift was the last condition: the goods are released with nobody acting (Art. 399(4), Chapter 16).
        var released = await _calls.ReleasedAsync(declaration.DeclarationId);

        Assert.Equal(StatusCode.FailedPrecondition, held.StatusCode);
        Assert.Contains(released.History, h => h.FromStatus == DeclarationStatus.ReleaseSuspended && h.ToStatus == DeclarationStatus.UnderControl);
        Assert.Equal(DeclarationStatus.Released, released.Status);
        Assert.Contains(released.History, h => h.ToStatus == DeclarationStatus.ReleaseSuspended && h.LegalBasis.Contains("397"));
    }

    [Fact]
    public async Task Two_suspensions_of_one_declaration_lifted_at_the_same_moment_leave_the_goods_under_control()
    {
        // Art. 399(1): several declarations, each with two suspensions whose lifts are handled at the same moment.
        var declarations = new List<(Guid Id, Guid First, Guid Second, int Version)>();
        for (var i = 0; i < 4; i++)
        {
            var declaration = await RegisteredAsync();
            var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
            await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(first, declaration.DeclarationId));
            await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(second, declaration.DeclarationId));
            var suspended = await Eventually.WaitAsync(() => GetAsync(declaration.DeclarationId),
                d => d.ReleaseSuspensions.Count == 2 && d.Status == DeclarationStatus.ReleaseSuspended, TimeSpan.FromSeconds(30),
                "both suspensions to be recorded");
            declarations.Add((Guid.Parse(declaration.DeclarationId), first, second, suspended.Version));
        }

        // Hold the suspension rows so that the first lift's transaction waits and the others queue up behind it, then let them
        // go: the consumer handles the queued lifts together, in one transaction, one after the other (each must see the
        // lifts before it), and a lift arriving later in a transaction of its own locks the declaration first.
        await using var db = await graph.App.CreateDataSourceAsync("declarations-db");
        await using (var gate = await db.OpenConnectionAsync())
        await using (var tx = await gate.BeginTransactionAsync())
        {
            await using (var hold = new NpgsqlCommand("select 1 from release_suspensions where declaration_id = any($1) for update", gate, tx))
            {
                hold.Parameters.Add(new NpgsqlParameter { Value = declarations.Select(d => d.Id).ToArray() });
                await hold.ExecuteNonQueryAsync();
            }

            foreach (var (id, first, second, _) in declarations)
            {
                foreach (var suspensionId in new[] { first, second })
                {
                    await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspensionLifted", new
                    {
                        SuspensionId = suspensionId, DeclarationId = id, LiftedOn = "2026-03-16", Reason = 1,
                    });
                }
            }

            await Eventually.WaitAsync(async () =>
            {
                await using var waiting = db.CreateCommand("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()
                    """);
                return (long)(await waiting.ExecuteScalarAsync())!;
            }, count => count >= 1, TimeSpan.FromSeconds(30), "a lift to wait for its suspension row");
            await tx.CommitAsync();
        }

        foreach (var (id, _, _, version) in declarations)
        {
            var lifted = await WaitForStatusAsync(id.ToString(), DeclarationStatus.UnderControl, after: version);
            Assert.All(lifted.ReleaseSuspensions, s => Assert.NotNull(s.LiftedOn));
        }
    }

    [Fact]
    public async Task An_extended_suspension_shows_its_new_last_day_on_the_declaration_and_in_its_history()
    {
        var declaration = await RegisteredAsync();
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(suspensionId, declaration.DeclarationId));
        var suspended = await WaitForStatusAsync(declaration.DeclarationId, DeclarationStatus.ReleaseSuspended);
        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspensionExtended", new
        {
            SuspensionId = suspensionId, declaration.DeclarationId, ExtendedUntil = "2026-03-30",
        });
        var extended = await Eventually.WaitAsync(
            async () => (await _calls.Client.GetDeclarationAsync(
                new GetDeclarationRequest { DeclarationId = declaration.DeclarationId }, _calls.AsOfficer())).Declaration,
            d => d.Version > suspended.Version, TimeSpan.FromSeconds(30), "the extension to be recorded");

        var suspension = Assert.Single(extended.ReleaseSuspensions);
        Assert.Equal((suspensionId.ToString(), new Date { Year = 2026, Month = 3, Day = 30 }), (suspension.SuspensionId, suspension.SuspendedUntil));
        Assert.Equal(new Date { Year = 2026, Month = 3, Day = 2 }, suspension.SuspendedOn);
        Assert.Equal(DeclarationStatus.ReleaseSuspended, extended.Status);
        Assert.Equal($"suspension {suspensionId} extended until 2026-03-30", extended.History[^1].Note);
        Assert.Contains("397(1)", extended.History[^1].LegalBasis);
    }

    [Fact]
    public async Task An_extension_announced_before_its_suspension_still_sets_the_last_day()
    {
        var declaration = await RegisteredAsync();
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspensionExtended", new
        {
            SuspensionId = suspensionId, declaration.DeclarationId, ExtendedUntil = "2026-03-30",
        });
        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(suspensionId, declaration.DeclarationId));

        var suspended = await Eventually.WaitAsync(
            async () => (await _calls.Client.GetDeclarationAsync(
                new GetDeclarationRequest { DeclarationId = declaration.DeclarationId }, _calls.AsOfficer())).Declaration,
            d => d.Status == DeclarationStatus.ReleaseSuspended && d.History.Any(h => h.LegalBasis.Contains("extended")),
            TimeSpan.FromSeconds(30), "both events to be applied");
        Assert.Equal(new Date { Year = 2026, Month = 3, Day = 30 }, Assert.Single(suspended.ReleaseSuspensions).SuspendedUntil);
    }

    [Fact]
    public async Task Goods_held_pending_the_heads_decision_show_the_decision_once_it_comes_and_a_republished_decision_changes_nothing()
    {
        var declaration = await RegisteredAsync();
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Held(suspensionId, declaration.DeclarationId));
        var held = await WaitForStatusAsync(declaration.DeclarationId, DeclarationStatus.ReleaseSuspended);
        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Decided(suspensionId, declaration.DeclarationId));
        var decided = await WaitForDecisionAsync(declaration.DeclarationId);
        var again = await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Decided(suspensionId, declaration.DeclarationId));
        await IpRegisterEvents.HandledByDeclarationsAsync(graph.App, again);
        var after = await GetAsync(declaration.DeclarationId);

        Assert.Equal(ReleaseSuspensionStage.HeldPendingDecision, Assert.Single(held.ReleaseSuspensions).Stage);
        var entry = decided.History[^1];
        Assert.Equal((DeclarationStatus.ReleaseSuspended, DeclarationStatus.ReleaseSuspended), (entry.FromStatus, entry.ToStatus));
        Assert.Equal($"suspension {suspensionId}: suspended by the decision of the head of the customs office, Decision No. 12/2026, until 2026-03-17", entry.Note);
        AssertSuspendedByTheDecision(decided, suspensionId);
        Assert.True(decided.Version == after.Version, $"version {decided.Version} became {after.Version}: " + string.Join(" | ", after.History.Select(h => $"{h.FromStatus}->{h.ToStatus} {h.Actor} {h.Note}")));
    }

    [Fact]
    public async Task The_heads_decision_announced_before_the_hold_still_ends_suspended_by_the_decision()
    {
        var declaration = await RegisteredAsync();
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Decided(suspensionId, declaration.DeclarationId));
        var decided = await WaitForDecisionAsync(declaration.DeclarationId);
        var hold = await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Held(suspensionId, declaration.DeclarationId));
        await IpRegisterEvents.HandledByDeclarationsAsync(graph.App, hold);
        var after = await GetAsync(declaration.DeclarationId);

        Assert.Single(after.History, h => h.ToStatus == DeclarationStatus.ReleaseSuspended && h.FromStatus == DeclarationStatus.UnderControl);
        Assert.Single(after.History, h => h.Note.Contains("suspended by the decision of the head of the customs office"));
        Assert.Equal(decided.Version, after.Version);
        AssertSuspendedByTheDecision(after, suspensionId);
    }

    private static void AssertSuspendedByTheDecision(Declaration declaration, Guid suspensionId)
    {
        var suspension = Assert.Single(declaration.ReleaseSuspensions);
        Assert.Equal((suspensionId.ToString(), ReleaseSuspensionStage.Suspended), (suspension.SuspensionId, suspension.Stage));
        Assert.Equal((new Date { Year = 2026, Month = 3, Day = 3 }, new Date { Year = 2026, Month = 3, Day = 17 }),
            (suspension.SuspendedOn, suspension.SuspendedUntil));
        Assert.Equal((new Date { Year = 2026, Month = 3, Day = 3 }, "Decision No. 12/2026", "head"),
            (suspension.DecidedOn, suspension.DecisionReference, suspension.DecidedByRole));
        Assert.Equal(DeclarationStatus.ReleaseSuspended, declaration.Status);
    }

    private Task<Declaration> WaitForDecisionAsync(string id) =>
        Eventually.WaitAsync(() => GetAsync(id),
            d => d.Status == DeclarationStatus.ReleaseSuspended && d.History.Any(h => h.Note.Contains("suspended by the decision of")),
            TimeSpan.FromSeconds(30), $"the head's decision on declaration {id} to be recorded");

    private async Task<Declaration> GetAsync(string id) =>
        (await _calls.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = id }, _calls.AsOfficer())).Declaration;

    // Art. 397(1): signs found on Monday 2 March, the head's decision due by Tuesday 3 March.
    private static object Held(Guid suspensionId, string declarationId) => new
    {
        SuspensionId = suspensionId, DeclarationId = declarationId, ItemNumbers = new[] { 1 }, RegisterEntryId = Guid.NewGuid(),
        RightHolderName = "Acme Brands LLC", RightHolderAddress = "Moscow, Lesnaya 5", ApplicantCapacity = "right_holder",
        SuspendedOn = "2026-03-02", SuspendedUntil = "2026-03-03", DetectedOn = "2026-03-02", DecideBy = "2026-03-03",
        LegalBasis = "Customs Code Art. 397(1): signs of infringement found; release held pending the written decision",
        PendingDecision = true,
    };

    // The head decides on Tuesday 3 March: 10 working days, to Tuesday 17 March.
    private static object Decided(Guid suspensionId, string declarationId) => new
    {
        SuspensionId = suspensionId, DeclarationId = declarationId, ItemNumbers = new[] { 1 }, RegisterEntryId = Guid.NewGuid(),
        RightHolderName = "Acme Brands LLC", RightHolderAddress = "Moscow, Lesnaya 5", ApplicantCapacity = "right_holder",
        SuspendedOn = "2026-03-03", SuspendedUntil = "2026-03-17", DetectedOn = "2026-03-02", DecideBy = "2026-03-03",
        LegalBasis = "Customs Code Art. 397(1)", PendingDecision = false,
        DecidedOn = "2026-03-03", DecisionReference = "Decision No. 12/2026", DecidedByRole = "head",
    };

    [Fact]
    public async Task Seized_goods_are_refused_release()
    {
        var declaration = await RegisteredAsync();
        var suspensionId = Guid.NewGuid();

        await IpRegisterEvents.AnnounceAsync(graph.App, "ReleaseSuspended", Suspended(suspensionId, declaration.DeclarationId));
        await WaitForStatusAsync(declaration.DeclarationId, DeclarationStatus.ReleaseSuspended);
        await IpRegisterEvents.AnnounceAsync(graph.App, "GoodsSeized", new
        {
            SuspensionId = suspensionId, declaration.DeclarationId, ItemNumbers = new[] { 1 }, SeizedOn = "2026-03-20",
            DecisionReference = "Arbitration court ruling A40-1/2026",
        });

        var refused = await WaitForStatusAsync(declaration.DeclarationId, DeclarationStatus.Refused);
        Assert.Contains("A40-1/2026", refused.History[^1].Note);
    }

    private static object Suspended(Guid suspensionId, string declarationId) => new
    {
        SuspensionId = suspensionId,
        DeclarationId = declarationId,
        ItemNumbers = new[] { 1 },
        RegisterEntryId = Guid.NewGuid(),
        RightHolderName = "Acme Brands LLC",
        RightHolderAddress = "Moscow, Lesnaya 5",
        ApplicantCapacity = "right-holder",
        SuspendedOn = "2026-03-02",
        SuspendedUntil = "2026-03-16",
        LegalBasis = "Customs Code Art. 397(1)",
    };

    private async Task<Declaration> RegisteredAsync(FileDeclarationRequest? request = null)
    {
        var filed = (await _calls.Client.FileDeclarationAsync(request ?? DeclarationCalls.CommercialImport(), _calls.AsDeclarant)).Declaration;
        return (await _calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version },
            _calls.AsOfficer())).Declaration;
    }

    private Task<Declaration> WaitForStatusAsync(string id, DeclarationStatus status, int after = 0) =>
        Eventually.WaitAsync(
            async () => (await _calls.Client.GetDeclarationAsync(new GetDeclarationRequest { DeclarationId = id }, _calls.AsOfficer())).Declaration,
            d => d.Status == status && d.Version > after, TimeSpan.FromSeconds(30), $"declaration {id} to be {status}");

    public void Dispose() => _calls.Dispose();
}
