using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Guarantors;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Applications for the register of banks and insurers and its periods (Arts. 342-344).</summary>
public sealed class GuarantorStore(NpgsqlDataSource db)
{
    private const string ApplicationColumns = """
        a.id, a.application_reference, a.taxpayer_number, a.name, a.kind, a.documents, a.facts::text as facts, a.submitted_on, a.status, a.decided_on,
        a.decided_late, a.notify_by, a.criteria::text as criteria, a.entered_from, r.min_per_guarantee_rub, r.max_per_guarantee_rub, r.max_concurrent_rub
        from guarantor_applications a left join guarantor_register r on r.application_id = a.id
        """;

    private const string EntryColumns = """
        id, taxpayer_number, name, kind, application_id, entered_from, excluded_from, exclusion_ground, min_per_guarantee_rub, max_per_guarantee_rub,
        max_concurrent_rub
        """;

    /// <summary>Inserts the application unless the applicant booked this reference already: false then, and nothing changed.</summary>
    public async Task<bool> TryInsertApplicationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, RegisterApplication a, string submittedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into guarantor_applications (id, application_reference, taxpayer_number, name, kind, documents, facts, submitted_on, decide_by,
                                                submitted_by, submitted_at, status)
            values (@Id, @Reference, @TaxpayerNumber, @Name, @Kind, @Documents, cast(@Facts as jsonb), @SubmittedOn, @DecideBy, @SubmittedBy, @Now, 'submitted')
            on conflict (taxpayer_number, application_reference) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, a.Reference, a.TaxpayerNumber, a.Name, Kind = EnumCodes.Of(a.Kind), Documents = a.Documents.ToArray(), Facts = AssessmentJson.Write(a.Facts),
            a.SubmittedOn, a.DecideBy, SubmittedBy = submittedBy, Now = now,
        }, transaction, cancellationToken: ct)) == 1;
    }

    public async Task<StoredRegisterApplication?> ApplicationByReferenceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, string reference, CancellationToken ct)
    {
        const string sql = $"select {ApplicationColumns} where a.taxpayer_number = @TaxpayerNumber and a.application_reference = @Reference";
        var row = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(
            new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber, Reference = reference }, transaction, cancellationToken: ct));
        return row?.ToStored();
    }

    public async Task<bool> HasPendingApplicationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from guarantor_applications where taxpayer_number = @TaxpayerNumber and status = 'submitted')",
            new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct));

    public async Task<StoredRegisterApplication?> GetApplicationAsync(Guid id, CancellationToken ct)
    {
        const string sql = $"select {ApplicationColumns} where a.id = @Id";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredRegisterApplication?> LockApplicationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = $"select {ApplicationColumns} where a.id = @Id for update of a";
        return (await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct)))?.ToStored();
    }

    public Task DecideApplicationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, EntryDecision d, string decidedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update guarantor_applications set status = @Status, decided_on = @DecidedOn, decided_late = @DecidedLate, notify_by = @NotifyBy,
                   criteria = cast(@Criteria as jsonb), entered_from = @EnteredFrom, decided_by = @DecidedBy, decided_at = @Now
            where id = @Id
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, Status = EnumCodes.Of(d.Entered ? ApplicationStatus.Entered : ApplicationStatus.Refused), d.DecidedOn, d.DecidedLate, d.NotifyBy,
            Criteria = AssessmentJson.Write(d.Criteria), d.EnteredFrom, DecidedBy = decidedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }

    /// <summary>The organisation's latest stay, locked: the one a renewal or an exclusion changes.</summary>
    public async Task<RegisterEntry?> LockLatestEntryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, CancellationToken ct)
    {
        const string sql = $"select {EntryColumns} from guarantor_register where taxpayer_number = @TaxpayerNumber order by entered_from desc limit 1 for update";
        return (await connection.QuerySingleOrDefaultAsync<EntryRow>(
            new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct)))?.ToEntry();
    }

    /// <summary>The stay covering <paramref name="on"/>, locked when asked within a transaction (a bank guarantee's acceptance).</summary>
    public async Task<RegisterEntry?> EntryOnAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string taxpayerNumber, DateOnly on, bool lockIt, CancellationToken ct)
    {
        var sql = $"""
            select {EntryColumns} from guarantor_register
            where taxpayer_number = @TaxpayerNumber and entered_from <= @On and (excluded_from is null or excluded_from > @On)
            {(lockIt ? "for update" : "")}
            """;
        return (await connection.QuerySingleOrDefaultAsync<EntryRow>(
            new CommandDefinition(sql, new { TaxpayerNumber = taxpayerNumber, On = on }, transaction, cancellationToken: ct)))?.ToEntry();
    }

    public async Task<RegisterEntry?> EntryOnAsync(string taxpayerNumber, DateOnly on, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await EntryOnAsync(connection, null, taxpayerNumber, on, false, ct);
    }

    /// <summary>Did the organisation apply again after its stay began (Art. 344(1), fifth ground)?</summary>
    public async Task<bool> ReappliedSinceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string taxpayerNumber, DateOnly since, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from guarantor_applications where taxpayer_number = @TaxpayerNumber and submitted_on >= @Since and status <> 'refused')",
            new { TaxpayerNumber = taxpayerNumber, Since = since }, transaction, cancellationToken: ct));

    public Task InsertEntryAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RegisterEntry e, CancellationToken ct)
    {
        const string sql = """
            insert into guarantor_register (id, taxpayer_number, name, kind, application_id, entered_from, min_per_guarantee_rub, max_per_guarantee_rub, max_concurrent_rub)
            values (@Id, @TaxpayerNumber, @Name, @Kind, @ApplicationId, @EnteredFrom, @Min, @MaxPer, @MaxConcurrent)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            e.Id, e.TaxpayerNumber, e.Name, Kind = EnumCodes.Of(e.Kind), e.ApplicationId, e.Period.EnteredFrom, Min = e.Limits.MinPerGuaranteeRub,
            MaxPer = e.Limits.MaxPerGuaranteeRub, MaxConcurrent = e.Limits.MaxConcurrentRub,
        }, transaction, cancellationToken: ct));
    }

    /// <summary>Closes a stay: on a ground of 344(1), or (no ground) the day a renewed entry starts.</summary>
    public Task CloseEntryAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateOnly excludedFrom, ExclusionGround ground, string reason, string by, DateTimeOffset now,
        CancellationToken ct)
    {
        const string sql = """
            update guarantor_register set excluded_from = @ExcludedFrom, exclusion_ground = @Ground, exclusion_reason = @Reason, excluded_by = @By, excluded_at = @Now
            where id = @Id
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, ExcludedFrom = excludedFrom, Ground = ground == ExclusionGround.Unspecified ? null : EnumCodes.Of(ground), Reason = reason, By = by, Now = now,
        }, transaction, cancellationToken: ct));
    }

    /// <summary>Art. 342(4): what the organisation's guarantees customs holds in force add up to.</summary>
    public async Task<decimal> OutstandingAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string taxpayerNumber, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<decimal>(new CommandDefinition(
            "select coalesce(sum(amount_rub), 0) from securities where guarantor = @TaxpayerNumber and status = 'in_force'",
            new { TaxpayerNumber = taxpayerNumber }, transaction, cancellationToken: ct));

    /// <summary>The stay covering the day and the guarantees in force, in one round trip of two statements.</summary>
    public async Task<GuarantorStanding> StandingAsync(string taxpayerNumber, DateOnly on, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var entry = await EntryOnAsync(connection, null, taxpayerNumber, on, false, ct);
        return new GuarantorStanding(entry, await OutstandingAsync(connection, null, taxpayerNumber, ct));
    }

    /// <summary>The register as on a day (Art. 342(2)), by taxpayer number after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<RegisterEntry>> ListOnAsync(DateOnly on, string after, int limit, CancellationToken ct)
    {
        const string sql = $"""
            select {EntryColumns} from guarantor_register
            where entered_from <= @On and (excluded_from is null or excluded_from > @On) and taxpayer_number > @After
            order by taxpayer_number limit @Limit
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(sql, new { On = on, After = after, Limit = limit }, cancellationToken: ct));
        return [.. rows.Select(r => r.ToEntry())];
    }

    private sealed class ApplicationRow
    {
        public Guid Id { get; init; }
        public string ApplicationReference { get; init; } = "";
        public string TaxpayerNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string[] Documents { get; init; } = [];
        public string Facts { get; init; } = "";
        public DateOnly SubmittedOn { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? DecidedOn { get; init; }
        public bool? DecidedLate { get; init; }
        public DateOnly? NotifyBy { get; init; }
        public string? Criteria { get; init; }
        public DateOnly? EnteredFrom { get; init; }
        public decimal? MinPerGuaranteeRub { get; init; }
        public decimal? MaxPerGuaranteeRub { get; init; }
        public decimal? MaxConcurrentRub { get; init; }

        public StoredRegisterApplication ToStored()
        {
            var application = new RegisterApplication(ApplicationReference, TaxpayerNumber, Name, EnumCodes.Parse<GuarantorKind>(Kind), Documents,
                AssessmentJson.Read<EntryFacts>(Facts), SubmittedOn);
            var decision = DecidedOn is null ? null : new EntryDecision(DecidedOn.Value, application.DecideBy, DecidedLate ?? false, NotifyBy!.Value,
                AssessmentJson.Read<List<CriterionCheck>>(Criteria!), EnteredFrom);
            return new StoredRegisterApplication(Id, application, decision,
                MinPerGuaranteeRub is null ? null : new GuarantorLimits(MinPerGuaranteeRub.Value, MaxPerGuaranteeRub!.Value, MaxConcurrentRub!.Value));
        }
    }

    private sealed class EntryRow
    {
        public Guid Id { get; init; }
        public string TaxpayerNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public Guid ApplicationId { get; init; }
        public DateOnly EnteredFrom { get; init; }
        public DateOnly? ExcludedFrom { get; init; }
        public string? ExclusionGround { get; init; }
        public decimal MinPerGuaranteeRub { get; init; }
        public decimal MaxPerGuaranteeRub { get; init; }
        public decimal MaxConcurrentRub { get; init; }

        public RegisterEntry ToEntry() => new(Id, TaxpayerNumber, Name, EnumCodes.Parse<GuarantorKind>(Kind), ApplicationId,
            new RegisterPeriod(EnteredFrom, ExcludedFrom),
            ExclusionGround is null ? Domain.Guarantors.ExclusionGround.Unspecified : EnumCodes.Parse<ExclusionGround>(ExclusionGround),
            new GuarantorLimits(MinPerGuaranteeRub, MaxPerGuaranteeRub, MaxConcurrentRub));
    }
}
