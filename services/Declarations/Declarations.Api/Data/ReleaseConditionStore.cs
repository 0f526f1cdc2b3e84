using Customs.BuildingBlocks.Data;
using System.Text.Json;
using Customs.Declarations.Api.Domain;
using Dapper;
using Npgsql;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// The release conditions the other services report (migration 0013), each written by one atomic statement, so the
/// consumers of different events never overwrite each other's part. A payments standing older than the one held is ignored.
/// </summary>
public sealed class ReleaseConditionStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Art. 358: Examination's control decision; a repeated or later one replaces it.</summary>
    /// <returns>The declaration's release conditions after the write, read by the same statement.</returns>
    public async Task<ReleaseInputs> RecordControlAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, string lane, IReadOnlyList<string> forms, DateTimeOffset decidedAt, CancellationToken ct) =>
        ToInputs(await c.QuerySingleAsync<Row>(new CommandDefinition(AndReadBack("""
            insert into release_conditions (declaration_id, control_lane, control_forms, control_decided_at)
            values (@Id, @Lane, cast(@Forms as jsonb), @DecidedAt)
            on conflict (declaration_id) do update
               set control_lane = excluded.control_lane, control_forms = excluded.control_forms, control_decided_at = excluded.control_decided_at
             where release_conditions.control_decided_at is null or release_conditions.control_decided_at <= excluded.control_decided_at
            """), new { Id = declarationId, Lane = lane, Forms = JsonSerializer.Serialize(forms, Json), DecidedAt = decidedAt.ToUniversalTime() },
            tx, cancellationToken: ct)));

    /// <summary>Arts. 371-372: an inspection or examination of the goods was completed; the first completion is kept.</summary>
    public Task RecordExaminationCompletedAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, Guid examinationId, DateTimeOffset completedAt, IReadOnlyList<FoundQuantity> quantities,
        CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            insert into release_conditions (declaration_id, examination_id, examination_completed_at, examination_quantities)
            values (@Id, @ExaminationId, @CompletedAt, cast(@Quantities as jsonb))
            on conflict (declaration_id) do update
               set examination_id = excluded.examination_id, examination_completed_at = excluded.examination_completed_at,
                   examination_quantities = excluded.examination_quantities
             where release_conditions.examination_completed_at is null
            """, new
            {
                Id = declarationId, ExaminationId = examinationId, CompletedAt = completedAt.ToUniversalTime(), Quantities = JsonSerializer.Serialize(quantities, Json),
            }, tx, cancellationToken: ct));

    /// <summary>Payments' standing, if newer (by its sequence) than the one held.</summary>
    /// <returns>The declaration's release conditions after the write, read by the same statement.</returns>
    public async Task<ReleaseInputs> RecordPaymentsAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, PaymentsStanding standing, CancellationToken ct) =>
        ToInputs(await c.QuerySingleAsync<Row>(new CommandDefinition(AndReadBack("""
            insert into release_conditions (declaration_id, payments) values (@Id, cast(@Payments as jsonb))
            on conflict (declaration_id) do update set payments = excluded.payments
             where release_conditions.payments is null or (release_conditions.payments ->> 'sequence')::int < @Sequence
            """), new { Id = declarationId, Payments = JsonSerializer.Serialize(standing, Json), standing.Sequence }, tx, cancellationToken: ct)));

    /// <summary>
    /// An upsert of one declaration's row (<c>@Id</c>) that also returns the row as it stands after it: the written row, or,
    /// when the upsert's condition left it alone, the row as it was (the statement's snapshot does not see its own write).
    /// </summary>
    private static string AndReadBack(string upsert) => $"""
        with written as ({upsert.TrimEnd()}
            returning *)
        select * from written
        union all
        select * from release_conditions where declaration_id = @Id and not exists (select 1 from written)
        """;

    /// <summary>One more QuantityEstablished or CustomsValueEstablished is in the outbox of the same transaction.</summary>
    public Task CountFactAnnouncedAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            insert into release_conditions (declaration_id, facts_announced) values (@Id, 1)
            on conflict (declaration_id) do update set facts_announced = release_conditions.facts_announced + 1
            """, new { Id = declarationId }, tx, cancellationToken: ct));

    /// <summary>The release conditions of one declaration as reported so far (none reported: <see cref="ReleaseInputs.None"/>).</summary>
    public async Task<ReleaseInputs> GetAsync(NpgsqlConnection c, NpgsqlTransaction tx, Guid declarationId, CancellationToken ct) =>
        ToInputs(await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "select * from release_conditions where declaration_id = @Id", new { Id = declarationId }, tx, cancellationToken: ct)));

    /// <summary>
    /// Sends <paramref name="before"/> (writes that leave the release conditions as they are) and the read of one
    /// declaration's release conditions in one round trip.
    /// </summary>
    public async Task<ReleaseInputs> GetAfterAsync(
        NpgsqlConnection c, NpgsqlTransaction tx, IEnumerable<NpgsqlBatchCommand> before, Guid declarationId, CancellationToken ct)
    {
        await using var batch = BatchCommand.Batch(c, tx, [.. before, BatchCommand.Of("select * from release_conditions where declaration_id = $1", declarationId)]);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        // The writes return no rows: the reader's first result is the select's.
        var read = reader.GetRowParser<Row>();
        return ToInputs(await reader.ReadAsync(ct) ? read(reader) : null);
    }

    internal static ReleaseInputs ToInputs(Row? row) => row is null ? ReleaseInputs.None : new ReleaseInputs
    {
        ControlLane = row.ControlLane,
        ControlForms = JsonSerializer.Deserialize<List<string>>(row.ControlForms, Json) ?? [],
        ControlDecidedAt = row.ControlDecidedAt is { } decided ? new DateTimeOffset(DateTime.SpecifyKind(decided, DateTimeKind.Utc)) : null,
        ExaminationId = row.ExaminationId,
        ExaminationCompletedAt = row.ExaminationCompletedAt is { } completed ? new DateTimeOffset(DateTime.SpecifyKind(completed, DateTimeKind.Utc)) : null,
        ExaminationQuantities = JsonSerializer.Deserialize<List<FoundQuantity>>(row.ExaminationQuantities, Json) ?? [],
        Payments = row.Payments is null ? null : JsonSerializer.Deserialize<PaymentsStanding>(row.Payments, Json),
        FactsAnnounced = row.FactsAnnounced,
    };

    internal sealed class Row
    {
        public Guid DeclarationId { get; init; }
        public string? ControlLane { get; init; }
        public string ControlForms { get; init; } = "[]";
        public DateTime? ControlDecidedAt { get; init; }
        public Guid? ExaminationId { get; init; }
        public DateTime? ExaminationCompletedAt { get; init; }
        public string ExaminationQuantities { get; init; } = "[]";
        public string? Payments { get; init; }
        public int FactsAnnounced { get; init; }
    }
}
