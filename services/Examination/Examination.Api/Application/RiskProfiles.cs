using Customs.BuildingBlocks.Clock;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Examination.Api.Application;

/// <summary>Risk analysts write profiles as data (Art. 358(3)); each is validated before it is stored, and every version is kept.</summary>
public sealed class RiskProfiles(NpgsqlDataSource db, RiskProfileStore store, ControlDecisionStore decisions, TimeProvider clock)
{
    public async Task<StoredProfile> CreateAsync(RiskProfile draft, string analyst, CancellationToken ct)
    {
        var profile = draft with { Id = Guid.CreateVersion7(clock.GetUtcNow()), Version = 1 };
        RequestValidationException.ThrowIfAny(RiskProfileValidator.Validate(profile));
        var now = clock.GetStoredNow();
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await store.InsertVersionAsync(c, tx, profile, analyst, now, ct);
        await tx.CommitAsync(ct);
        return new(profile, now, analyst);
    }

    public async Task<StoredProfile> UpdateAsync(Guid id, int expectedVersion, RiskProfile draft, string analyst, CancellationToken ct)
    {
        RequestValidationException.ThrowIfAny(RiskProfileValidator.Validate(draft with { Id = id }));
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var current = await store.GetAsync(id, ct, c, tx, forUpdate: true) ?? throw NotFound(id);
        if (current.Profile.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(ExaminationErrors.ProfileVersionConflict,
                $"Profile {id} is at version {current.Profile.Version}, not {expectedVersion}. Read it again, then retry.");
        }

        var profile = draft with { Id = id, Version = expectedVersion + 1 };
        var now = clock.GetStoredNow();
        await store.InsertVersionAsync(c, tx, profile, analyst, now, ct);
        await tx.CommitAsync(ct);
        return new(profile, now, analyst);
    }

    public async Task<StoredProfile> GetAsync(Guid id, CancellationToken ct) => await store.GetAsync(id, ct) ?? throw NotFound(id);

    public Task<IReadOnlyList<StoredProfile>> ListAsync(DateOnly? effectiveOn, NameCursor? after, int limit, CancellationToken ct) =>
        store.ListAsync(effectiveOn, after, limit, ct);

    /// <summary>How a profile works over a period of acceptance dates: its hit rate is findings per examination.</summary>
    public async Task<ProfileStatistics> StatisticsAsync(Guid id, DateOnly from, DateOnly to, CancellationToken ct)
    {
        _ = await GetAsync(id, ct);
        var (hits, selections, examinations, findings) = await decisions.StatisticsAsync(id, from, to, ct);
        return new(id, from, to, hits, selections, examinations, findings, examinations == 0 ? 0 : Math.Round((decimal)findings / examinations, 4));
    }

    private static NotFoundException NotFound(Guid id) => new(ExaminationErrors.ProfileNotFound, $"No risk profile {id}.");
}
