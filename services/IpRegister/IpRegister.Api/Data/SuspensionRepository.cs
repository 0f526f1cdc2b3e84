using Customs.IpRegister.Api.Domain.Suspensions;
using Dapper;
using Npgsql;

namespace Customs.IpRegister.Api.Data;

/// <summary>Suspensions of release (Arts. 397-399).</summary>
public sealed class SuspensionRepository
{
    /// <summary>Inserts the suspension unless one exists for the same declaration and entry; true when inserted.</summary>
    public async Task<bool> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Suspension suspension, DateTimeOffset createdAt, CancellationToken ct)
    {
        const string sql = """
            insert into suspensions (id, declaration_id, registration_number, customs_office_code, jurisdiction, register_entry_id,
                item_numbers, applicant_capacity, right_holder_name, right_holder_address, declarant_name, declarant_address,
                applicant_name, applicant_address, detected_on, suspended_on, decide_by, until, until_provisional, extended_working_days, status, created_at)
            values (@Id, @DeclarationId, @RegistrationNumber, @CustomsOfficeCode, @Jurisdiction, @RegisterEntryId,
                @ItemNumbers, @ApplicantCapacity, @RightHolderName, @RightHolderAddress, @DeclarantName, @DeclarantAddress,
                @ApplicantName, @ApplicantAddress, @DetectedOn, @SuspendedOn, @DecideBy, @Until, @UntilProvisional, 0, @Status, @CreatedAt)
            on conflict (declaration_id, register_entry_id) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, SuspensionRow.From(suspension, createdAt), transaction, cancellationToken: ct)) == 1;
    }

    public async Task<Suspension?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, bool forUpdate, CancellationToken ct)
    {
        var sql = "select * from suspensions where id = @id" + (forUpdate ? " for update" : "");
        var row = await connection.QuerySingleOrDefaultAsync<SuspensionRow>(new CommandDefinition(sql, new { id }, transaction, cancellationToken: ct));
        return row?.ToDomain();
    }

    /// <summary>
    /// Suspensions in force (active, or held pending a decision) whose term ended before <paramref name="today"/>
    /// (Art. 399(1)), locked, skipping ones another instance holds. A suspension at a Chinese office whose written notice
    /// has not reached the holder is not due: the holder's 3 working days run from its delivery (GAC Art. 22).
    /// </summary>
    public async Task<IReadOnlyList<Suspension>> LockDueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly today, int limit, CancellationToken ct)
    {
        const string sql = """
            select * from suspensions s where status in ('active', 'held') and until < @today
               and (jurisdiction <> 'CN' or exists (select 1 from gac_detentions d where d.suspension_id = s.id))
            order by until limit @limit for update skip locked
            """;
        var rows = await connection.QueryAsync<SuspensionRow>(new CommandDefinition(sql, new { today, limit }, transaction, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>Suspensions and holds in force of a jurisdiction whose last day is provisional, locked.</summary>
    public async Task<IReadOnlyList<Suspension>> LockProvisionalAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string jurisdiction, CancellationToken ct)
    {
        const string sql = """
            select * from suspensions where until_provisional and jurisdiction = @jurisdiction and status in ('active', 'held')
             order by id for update
            """;
        var rows = await connection.QueryAsync<SuspensionRow>(new CommandDefinition(sql, new { jurisdiction }, transaction, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<IReadOnlyList<Suspension>> LockActiveForEntryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid entryId, CancellationToken ct)
    {
        const string sql = "select * from suspensions where status in ('active', 'held') and register_entry_id = @entryId for update";
        var rows = await connection.QueryAsync<SuspensionRow>(new CommandDefinition(sql, new { entryId }, transaction, cancellationToken: ct));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Suspension suspension, CancellationToken ct)
    {
        const string sql = """
            update suspensions set suspended_on = @SuspendedOn, decide_by = @DecideBy, decision = @Decision, decided_on = @DecidedOn,
                decided_by = @DecidedBy, decided_by_role = @DecidedByRole, decision_reference = @DecisionReference, until = @Until, until_provisional = @UntilProvisional, extended_working_days = @ExtendedWorkingDays,
                competent_authority_reference = @CompetentAuthorityReference, extension_decided_on = @ExtensionDecidedOn,
                extension_decided_by = @ExtensionDecidedBy, extension_decided_by_role = @ExtensionDecidedByRole,
                extension_decision_reference = @ExtensionDecisionReference, status = @Status, ended_on = @EndedOn,
                lift_reason = @LiftReason, court_decision_reference = @CourtDecisionReference,
                holder_liable_for_damage = @HolderLiableForDamage, seizure_act = @SeizureAct, seizing_authority = @SeizingAuthority,
                seizure_reference = @SeizureReference
            where id = @Id
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, SuspensionRow.From(suspension), transaction, cancellationToken: ct));
    }
}
