using Customs.IpRegister.Api.Domain;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Entries;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Api.Suspensions;
using Customs.IpRegister.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.IpRegister.Api.Register;

/// <summary>Changes to register entries. Each commits with its event, then bumps the cache version before answering.</summary>
public sealed class EntryCommands(
    NpgsqlDataSource dataSource, EntryRepository entries, ImporterRepository importers, SuspensionRepository suspensions,
    IOutbox outbox, RegisterCache cache, TimeProvider clock)
{
    /// <summary>
    /// Art. 396: extended on the holder's application, at most five years from the extension and within the protection,
    /// while the security (the recorded one or <paramref name="renewed"/>) covers the new term (Art. 395(2)).
    /// </summary>
    public async Task<RegisterEntry> ExtendAsync(Guid entryId, DateOnly requestedUntil, Security? renewed, CancellationToken ct)
    {
        return await ChangeAsync(entryId, "term_extended", async (connection, transaction, entry, today, now) =>
        {
            if (requestedUntil <= entry.ValidUntil)
            {
                throw new RequestValidationException([new("requested_until", $"The entry already runs until {entry.ValidUntil:yyyy-MM-dd}.")]);
            }

            var extended = entry.ExtendedTo(requestedUntil, today, now, renewed);
            await entries.UpdateTermAsync(connection, transaction, extended, ct);
            return extended;
        }, ct);
    }

    /// <summary>Goods declared by an importer the holder authorised for the entry pass screening.</summary>
    public async Task<RegisterEntry> AddImporterAsync(Guid entryId, string taxpayerNumber, string name, CancellationToken ct)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(taxpayerNumber))
        {
            violations.Add(new("taxpayer_number", "The importer's taxpayer number is missing."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            violations.Add(new("name", "The importer's name is missing."));
        }

        RequestValidationException.ThrowIfAny(violations);
        return await ChangeAsync(entryId, "authorised_importer_added", async (connection, transaction, entry, today, now) =>
        {
            await importers.AddAsync(connection, transaction, entry.Id, taxpayerNumber.Trim(), name.Trim(), today, ct);
            await entries.TouchAsync(connection, transaction, entry.Id, now, ct);
            return entry with { ChangedAt = now };
        }, ct);
    }

    /// <summary>Art. 395(3): exclusion; the entry's active suspensions are lifted the same day (Art. 399(2)-(3)).</summary>
    public async Task<RegisterEntry> ExcludeAsync(Guid entryId, ExclusionReason reason, CancellationToken ct)
    {
        if (reason == ExclusionReason.Unspecified)
        {
            throw new RequestValidationException([new("reason", "An exclusion needs one of the grounds of Art. 395(3).")]);
        }

        var now = clock.GetUtcNow();
        var today = OfficeDate.OfRegister(now); // Art. 394: the Russian customs register, on Moscow dates
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var entry = await LoadActiveAsync(connection, transaction, entryId, ct);
        var excluded = await ExcludeInTransactionAsync(connection, transaction, entry, reason, today, now, ct);
        await transaction.CommitAsync(ct);
        await cache.RegisterChangedAsync();
        return excluded;
    }

    /// <summary>Art. 395(3): entries whose security lapsed or whose protection ended leave the register on their own.</summary>
    public async Task<int> ExcludeLapsedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = OfficeDate.OfRegister(now); // Art. 394: the Russian customs register, on Moscow dates
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var lapsed = await entries.LockLapsedAsync(connection, transaction, today, 100, ct);
        foreach (var entry in lapsed)
        {
            var reason = entry.ProtectionEndsOn < today ? ExclusionReason.ProtectionEnded : ExclusionReason.SecurityLapsed;
            await ExcludeInTransactionAsync(connection, transaction, entry, reason, today, now, ct);
        }

        await transaction.CommitAsync(ct);
        if (lapsed.Count > 0)
        {
            await cache.RegisterChangedAsync();
        }

        return lapsed.Count;
    }

    private async Task<RegisterEntry> ExcludeInTransactionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntry entry, ExclusionReason reason, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var excluded = entry.ExcludedFor(reason, today, now);
        await entries.ExcludeAsync(connection, transaction, excluded, ct);
        await outbox.EnqueueAsync(connection, transaction,
            new RegisterEntryExcluded { RegisterEntryId = excluded.Id, Reason = EnumCodes.Of(reason), ExcludedOn = today }, cancellationToken: ct);

        // Art. 399(2)-(3): the entry's active suspensions are lifted the day the object leaves the register.
        foreach (var suspension in await suspensions.LockActiveForEntryAsync(connection, transaction, entry.Id, ct))
        {
            suspension.Lift(LiftReason.EntryExcluded, OfficeDate.At(suspension.Context.CustomsOfficeCode, now));
            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Lifted(suspension), cancellationToken: ct);
        }

        return excluded;
    }

    private async Task<RegisterEntry> ChangeAsync(
        Guid entryId, string change, Func<NpgsqlConnection, NpgsqlTransaction, RegisterEntry, DateOnly, DateTimeOffset, Task<RegisterEntry>> apply,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = OfficeDate.OfRegister(now); // Art. 394: the Russian customs register, on Moscow dates
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var entry = await apply(connection, transaction, await LoadActiveAsync(connection, transaction, entryId, ct), today, now);
        await outbox.EnqueueAsync(connection, transaction,
            new RegisterEntryChanged { RegisterEntryId = entry.Id, Change = change, ValidUntil = entry.ValidUntil, ChangedAt = now }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        await cache.RegisterChangedAsync();
        return entry;
    }

    private async Task<RegisterEntry> LoadActiveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid entryId, CancellationToken ct)
    {
        var entry = await entries.GetAsync(connection, transaction, entryId, forUpdate: true, ct)
            ?? throw EntryQueries.EntryNotFound(entryId);
        return entry.IsActive
            ? entry
            : throw new RuleViolationException(RegisterErrors.EntryExcluded, $"Register entry {entryId} was excluded on {entry.ExcludedOn:yyyy-MM-dd}.", "Customs Code Art. 395(3)");
    }
}
