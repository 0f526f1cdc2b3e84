using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Payments;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Declarations' obligations: opened with the assessment, changed by reassessments and payments in their transactions.</summary>
public sealed class ObligationStore(NpgsqlDataSource db, ReleaseStandingStore standings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Categories (and deferred parts' categories) as codes, as every service keeps enums in jsonb (migration 0045).</summary>
    private static readonly JsonSerializerOptions Coded = new(JsonSerializerDefaults.Web) { Converters = { new EnumCodeJsonConverter() } };

    private const string Columns = """
        declaration_id, due_date, assessed_rub, paid_rub, penalty_rub, penalty_paid_rub, penalty_settled_to, customs_office_code,
        temporary_storage::text as temporary_storage, deferred_parts::text as deferred_parts, interest_rub, interest_paid_rub, interest_settled_to,
        charges::text as charges, reduced_duties_returned_rub, categories::text as categories
        """;

    public async Task OpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Obligation obligation, string payer, CancellationToken ct)
    {
        const string sql = """
            insert into obligations (declaration_id, payer, due_date, assessed_rub, customs_office_code, arrears_from, categories)
            values (@DeclarationId, @Payer, @DueDate, @AssessedRub, @CustomsOfficeCode, @ArrearsFrom, cast(@Categories as jsonb))
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            obligation.DeclarationId, Payer = payer, obligation.DueDate, obligation.AssessedRub, obligation.CustomsOfficeCode,
            ArrearsFrom = obligation.ArrearsBeginAt, Categories = JsonSerializer.Serialize(obligation.Categories, Coded),
        }, transaction, cancellationToken: ct));
        await standings.RefreshAsync(connection, transaction, obligation.DeclarationId, ct);
    }

    public async Task<Obligation?> GetAsync(string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from obligations where declaration_id = @DeclarationId";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<ObligationRow>(new CommandDefinition(sql, new { DeclarationId = declarationId }, cancellationToken: ct)))?.ToDomain();
    }

    /// <summary>The obligation as the caller's transaction sees it, without locking it.</summary>
    internal static async Task<Obligation?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from obligations where declaration_id = @DeclarationId";
        return (await connection.QuerySingleOrDefaultAsync<ObligationRow>(
            new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct)))?.ToDomain();
    }

    public async Task<Obligation?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = $"select {Columns} from obligations where declaration_id = @DeclarationId for update";
        return (await connection.QuerySingleOrDefaultAsync<ObligationRow>(
            new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct)))?.ToDomain();
    }

    /// <summary>The payer the declaration was assessed to ('' when none was named; null without an obligation).</summary>
    public Task<string?> PayerOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select payer from obligations where declaration_id = @DeclarationId", new { DeclarationId = declarationId }, transaction, cancellationToken: ct));

    /// <summary>
    /// Art. 357(5): the payer's arrears on a day: duties and taxes past their term unpaid, and the penalties charged and unpaid.
    /// </summary>
    public Task<decimal> ArrearsOfPayerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string payer, DateOnly on, CancellationToken ct)
    {
        const string sql = """
            select coalesce(sum(greatest(assessed_rub - paid_rub, 0) + greatest(penalty_rub - penalty_paid_rub, 0)), 0)
            from obligations
            where payer = @Payer and settled_at is null and due_date < @On
            """;
        return connection.ExecuteScalarAsync<decimal>(new CommandDefinition(sql, new { Payer = payer, On = on }, transaction, cancellationToken: ct));
    }

    public async Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Obligation o, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update obligations set assessed_rub = @AssessedRub, paid_rub = @PaidRub, penalty_rub = @PenaltyRub, penalty_paid_rub = @PenaltyPaidRub,
                   penalty_settled_to = @PenaltySettledTo, temporary_storage = cast(@TemporaryStorage as jsonb), settled_at = case when @Settled then coalesce(settled_at, @Now) end,
                   deferred_parts = cast(@DeferredParts as jsonb), interest_rub = @InterestRub, interest_paid_rub = @InterestPaidRub,
                   interest_settled_to = @InterestSettledTo, charges = cast(@Charges as jsonb), reduced_duties_returned_rub = @ReducedDutiesReturnedRub,
                   categories = cast(@Categories as jsonb),
                   -- Under a deferral the next term moves as parts are paid or fall due: arrears begin after it, and a part
                   -- missed after an earlier one was met is announced again (ArrearsScheduler).
                   arrears_arose_on = case when @Deferral and arrears_from <> @ArrearsFrom then null else arrears_arose_on end,
                   arrears_from = case when @Deferral then @ArrearsFrom else arrears_from end
            where declaration_id = @DeclarationId
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            o.DeclarationId, o.AssessedRub, o.PaidRub, o.PenaltyRub, o.PenaltyPaidRub, o.PenaltySettledTo, o.Settled, Now = now,
            TemporaryStorage = JsonSerializer.Serialize(o.TemporaryStorage.Select(p => new StoragePeriod(p.From, p.To)), Json),
            DeferredParts = JsonSerializer.Serialize(o.Deferred, Coded), Categories = JsonSerializer.Serialize(o.Categories, Coded), o.InterestRub, o.InterestPaidRub, o.InterestSettledTo,
            Deferral = o.Deferred.Count > 0, ArrearsFrom = o.ArrearsBeginAt, Charges = JsonSerializer.Serialize(o.Charges, Json), o.ReducedDutiesReturnedRub,
        }, transaction, cancellationToken: ct));
        await standings.RefreshAsync(connection, transaction, o.DeclarationId, ct);
    }

    private sealed class ObligationRow
    {
        public string DeclarationId { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public decimal AssessedRub { get; init; }
        public decimal PaidRub { get; init; }
        public decimal PenaltyRub { get; init; }
        public decimal PenaltyPaidRub { get; init; }
        public DateOnly? PenaltySettledTo { get; init; }
        public string? CustomsOfficeCode { get; init; }
        public string TemporaryStorage { get; init; } = "[]";
        public string DeferredParts { get; init; } = "[]";
        public decimal InterestRub { get; init; }
        public decimal InterestPaidRub { get; init; }
        public DateOnly? InterestSettledTo { get; init; }
        public string Charges { get; init; } = "[]";
        public decimal ReducedDutiesReturnedRub { get; init; }
        public string Categories { get; init; } = "[]";

        public Obligation ToDomain() => new(DeclarationId, DueDate, AssessedRub, PaidRub, PenaltyRub, PenaltyPaidRub, PenaltySettledTo)
        {
            CustomsOfficeCode = CustomsOfficeCode,
            TemporaryStorage = [.. JsonSerializer.Deserialize<List<StoragePeriod>>(TemporaryStorage, Json)!.Select(p => (p.From, p.To))],
            Deferred = DeferredPartsOf(DeferredParts), InterestRub = InterestRub, InterestPaidRub = InterestPaidRub, InterestSettledTo = InterestSettledTo,
            Charges = JsonSerializer.Deserialize<List<Charge>>(Charges, Json)!, ReducedDutiesReturnedRub = ReducedDutiesReturnedRub,
            Categories = CategoriesOf(Categories),
        };
    }

    /// <summary>The deferred parts as kept in obligations.deferred_parts (migration 0017).</summary>
    internal static List<DeferredPart> DeferredPartsOf(string json) => JsonSerializer.Deserialize<List<DeferredPart>>(json, Coded)!;

    /// <summary>Art. 333(4): the assessed amount of each category as kept in obligations.categories (migration 0045).</summary>
    internal static List<CategoryAmount> CategoriesOf(string json) => JsonSerializer.Deserialize<List<CategoryAmount>>(json, Coded)!;

    /// <summary>Art. 349(5): a period of temporary storage as kept in obligations.temporary_storage (migration 0013).</summary>
    private sealed record StoragePeriod(DateOnly From, DateOnly To);
}
