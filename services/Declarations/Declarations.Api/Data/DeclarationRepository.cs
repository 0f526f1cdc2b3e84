using System.Data;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Data;
using System.Text.Json;
using Customs.Declarations.Api.Data.Rows;
using Customs.Declarations.Api.Domain;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>Declarations, their goods items and history; writes are guarded by the version column.</summary>
public sealed class DeclarationRepository
{
    private static readonly string[] HistoryColumns = ["declaration_id", "sequence", "from_status", "to_status", "actor", "at", "legal_basis", "note"];

    static DeclarationRepository() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>
    /// The statements that store a declaration just filed (its row, its items, its first history entries), for the caller's
    /// batch: filing sends them with its request-id claim in one round trip. Call <see cref="Declaration.MarkStored"/> with 1
    /// once they committed.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> InsertCommands(Declaration declaration)
    {
        const string sql = """
            insert into declarations (id, version, kind, direction, status, customs_office_code, declarant_taxpayer_number,
                                      filed_by, filed_at, for_personal_use, content, assessment, office_time_zone)
            values ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12)
            """;
        var content = declaration.Content;
        yield return BatchCommand.Of(sql,
            declaration.Id,
            EnumCodes.Of(content.Kind),
            EnumCodes.Of(content.Direction),
            EnumCodes.Of(declaration.Status),
            content.CustomsOfficeCode,
            content.Declarant.TaxpayerNumber,
            declaration.FiledBy,
            declaration.FiledAt,
            content.ForPersonalUse,
            DeclarationContent.Serialize(content),
            AssessmentJson(declaration),
            OfficeTimeZones.Default.ZoneOf(content.CustomsOfficeCode).Id);

        // One statement for all the items (a declaration may have hundreds), not a round trip each.
        foreach (var command in MultiRowInsert.Commands("goods_items", RowMapper.ItemColumns, content.Items, item => RowMapper.ToValues(declaration.Id, item)))
        {
            yield return command;
        }

        foreach (var command in NewHistoryCommands(declaration))
        {
            yield return command;
        }
    }

    /// <summary>
    /// Writes the declaration's changes if nobody else did since it was read; false when someone did, and the caller must
    /// roll the transaction back. <paramref name="alongside"/> (the change's events, <c>IOutbox.EnqueueCommand</c>) go in the
    /// same round trip: the update, the established items, the new history and they are one batch.
    /// </summary>
    public async Task<bool> UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Declaration declaration, CancellationToken ct, IEnumerable<NpgsqlBatchCommand>? alongside = null)
    {
        var update = VersionedUpdate(declaration);
        await BatchCommand.ExecuteAsync(connection, transaction, [update, .. ChangedRows(declaration), .. alongside ?? []], ct);
        if (update.RecordsAffected == 0)
        {
            // Someone else's change came first: what the batch wrote besides is rolled back with the caller's transaction.
            return false;
        }

        declaration.MarkStored(declaration.Version + 1);
        return true;
    }

    /// <summary>
    /// Writes the changes of a declaration read with its row locked (<see cref="GetAsync"/> with <c>forUpdate</c>), with
    /// <paramref name="alongside"/>, and commits the transaction, all in one round trip. The lock held since the read means
    /// that no one else changed the declaration meanwhile, so the versioned update cannot miss: the commit may go with it.
    /// </summary>
    public async Task UpdateAndCommitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Declaration declaration, CancellationToken ct, IEnumerable<NpgsqlBatchCommand> alongside)
    {
        var update = VersionedUpdate(declaration);
        await BatchCommand.ExecuteAndCommitAsync(connection, transaction, [update, .. ChangedRows(declaration), .. alongside], ct);
        if (update.RecordsAffected == 0)
        {
            // Cannot happen while the caller holds the row's lock; without it, what the batch wrote would be committed already.
            throw new InvalidOperationException(
                $"Declaration {declaration.Id} was not at version {declaration.Version} although its row was locked when it was read.");
        }

        declaration.MarkStored(declaration.Version + 1);
    }

    /// <summary>The declaration's row, if its version still is the one read: its count of rows says whether it was.</summary>
    private static NpgsqlBatchCommand VersionedUpdate(Declaration declaration)
    {
        const string sql = """
            update declarations
               set version = version + 1, status = $1, assessment = cast($2 as jsonb),
                   registration_number = $3, acceptance_date = $4,
                   registered_at = $5, control_deadline = $6,
                   control_deadline_provisional = $7,
                   control_term_extensions = cast($8 as jsonb)
             where id = $9 and version = $10
            """;
        return BatchCommand.Of(sql,
            EnumCodes.Of(declaration.Status),
            AssessmentJson(declaration),
            declaration.RegistrationNumber,
            declaration.AcceptanceDate,
            declaration.RegisteredAt,
            declaration.ControlDeadline,
            declaration.ControlDeadlineProvisional,
            JsonSerializer.Serialize(declaration.ControlTermExtensions, DeclarationContent.Json),
            declaration.Id,
            declaration.Version);
    }

    /// <summary>What the change wrote besides the declaration's row: the items' established facts and the new history.</summary>
    private static IEnumerable<NpgsqlBatchCommand> ChangedRows(Declaration declaration)
    {
        const string establishedSql = """
            update goods_items
               set established_quantity = $1, established_by_form = $2, established_by = $3, established_at = $4,
                   established_customs_value = $5, established_value_currency = $6, established_value_method = $7,
                   established_value_decision = $8, established_value_by = $9, established_value_at = $10,
                   kept_samples = cast($11 as jsonb)
             where declaration_id = $12 and item_number = $13
            """;
        foreach (var item in declaration.Content.Items)
        {
            var quantity = declaration.EstablishedQuantities.GetValueOrDefault(item.Number);
            var value = declaration.EstablishedValues.GetValueOrDefault(item.Number);
            var samples = declaration.KeptSamples.Where(s => s.ItemNumber == item.Number).ToList();
            if (quantity is not null || value is not null || samples.Count > 0)
            {
                yield return BatchCommand.Of(establishedSql, RowMapper.ToEstablishedValues(declaration.Id, item.Number, quantity, value, samples));
            }
        }

        // The version matched, so the history is the one read and its next sequences are free. Had it not, the rows are
        // rolled back; "do nothing" keeps a concurrent change's committed entries from turning that into a unique violation.
        foreach (var command in NewHistoryCommands(declaration, onConflict: "on conflict (declaration_id, sequence) do nothing"))
        {
            yield return command;
        }
    }

    /// <param name="forUpdate">Lock the declaration's row until <paramref name="transaction"/> ends.</param>
    public async Task<Declaration?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken ct, bool forUpdate = false) =>
        (await LoadAsync(connection, transaction, [id], ct, forUpdate)).SingleOrDefault();

    /// <summary>Loads declarations with their items, history, IP suspensions and screenings, release conditions, in the order of <paramref name="ids"/>.</summary>
    /// <param name="forUpdate">
    /// Lock the declarations' rows (in the order of their ids, so that two transactions locking several never deadlock) until
    /// <paramref name="transaction"/> ends.
    /// </param>
    public async Task<IReadOnlyList<Declaration>> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<Guid> ids, CancellationToken ct, bool forUpdate = false)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        if (transaction is null)
        {
            if (forUpdate)
            {
                throw new ArgumentException("A lock needs a transaction to hold it.", nameof(forUpdate));
            }

            // Six tables make one declaration: read them in one snapshot, or a change committed between two of the reads
            // shows the new history under the old version. Only selects run in it, so it takes no transaction id, and its
            // commit goes with them.
            await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            return await ReadAsync(connection, snapshot, ids, forUpdate: false, commit: true, ct);
        }

        return await ReadAsync(connection, transaction, ids, forUpdate, commit: false, ct);
    }

    private static async Task<IReadOnlyList<Declaration>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Guid> ids, bool forUpdate, bool commit, CancellationToken ct)
    {
        // The six selects go in one command, so one round trip (Npgsql sends a command's statements as one batch): an
        // event about a declaration loads it in its transaction, with the declaration's row locked; a read of its own
        // sends its snapshot's commit with them.
        // One declaration is looked up by "= @Id", not "= any(@Ids)": PostgreSQL keeps the plan it made once for a lookup by
        // one value, whereas once a table has grown it plans a lookup by an array anew at every execution (its kept plan,
        // made for an array of unknown length, looks dearer than one made for the array given; seen on the bench's tables).
        var match = ids.Count == 1 ? "= @Id" : "= any(@Ids)";
        var sql = $"""
            select * from declarations where id {match}{(forUpdate ? " order by id for update" : "")};
            select * from goods_items where declaration_id {match};
            select * from declaration_history where declaration_id {match};
            select * from release_suspensions where declaration_id {match};
            select * from ip_screenings where declaration_id {match};
            select * from release_conditions where declaration_id {match};
            {(commit ? "commit;" : "")}
            """;
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { Ids = ids.ToArray(), Id = ids[0] }, transaction, cancellationToken: ct));
        var rows = await results.ReadAsync<DeclarationRow>();
        var items = (await results.ReadAsync<GoodsItemRow>()).ToLookup(i => i.DeclarationId);
        var history = (await results.ReadAsync<HistoryRow>()).ToLookup(h => h.DeclarationId);
        var suspensions = (await results.ReadAsync<SuspensionRow>()).ToLookup(s => s.DeclarationId);
        var screenings = (await results.ReadAsync<IpScreeningRow>()).ToLookup(s => s.DeclarationId);
        var conditions = (await results.ReadAsync<ReleaseConditionStore.Row>()).ToDictionary(r => r.DeclarationId);
        var byId = rows.ToDictionary(r => r.Id, r => RowMapper.ToDomain(r, items[r.Id], history[r.Id], suspensions[r.Id], screenings[r.Id],
            ReleaseConditionStore.ToInputs(conditions.GetValueOrDefault(r.Id))));
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    private static IEnumerable<NpgsqlBatchCommand> NewHistoryCommands(Declaration declaration, string? onConflict = null) =>
        MultiRowInsert.Commands("declaration_history", HistoryColumns, declaration.History.Skip(declaration.StoredHistoryCount),
            change => [declaration.Id, change.Sequence, EnumCodes.Of(change.From), EnumCodes.Of(change.To), change.Actor, change.At,
                change.LegalBasis, change.Note], onConflict);

    private static string? AssessmentJson(Declaration declaration) =>
        declaration.Assessment is null ? null : JsonSerializer.Serialize(declaration.Assessment, DeclarationContent.Json);
}
