using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Payments;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Deferral requests and their decisions (Arts. 333-336), and the obligation's term they move.</summary>
public sealed class DeferralStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, request_reference, payer, declaration_id, kind, ground, months, amount_rub, submitted_on, decide_by, status, decided_on,
        decided_late, refusal_ground, refusal_reason, original_due_date, new_due_date, interest_rub, penalty_charged_rub,
        security_required, security_required_rub, security_reference, schedule::text as schedule, part_asked, categories, rescinded_on, rescission_ground,
        rescission_reason, rescission_notify_by, rescission_notify_by_provisional, rescission_interest_rub, rescission_falling_due_rub
        """;

    /// <summary>Inserts the request unless the payer booked this reference already: false then, and nothing changed.</summary>
    public async Task<bool> TryInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DeferralRequest r, string requestedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into deferrals (id, request_reference, payer, declaration_id, kind, ground, months, amount_rub, submitted_on, decide_by,
                                   requested_by, requested_at, status, part_asked, categories)
            values (@Id, @Reference, @Payer, @DeclarationId, @Kind, @Ground, @Months, @AmountRub, @SubmittedOn, @DecideBy, @RequestedBy, @Now, 'requested', @PartAsked,
                    @Categories)
            on conflict (payer, request_reference) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, r.Reference, r.Payer, r.DeclarationId, Kind = EnumCodes.Of(r.Kind), Ground = EnumCodes.Of(r.Ground), r.Months, r.AmountRub,
            r.SubmittedOn, r.DecideBy, RequestedBy = requestedBy, Now = now, r.PartAsked,
            Categories = r.Categories.Select(c => EnumCodes.Of(c)).ToArray(),
        }, transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>The request booked under the payer's reference, read outside any transaction (after one that failed).</summary>
    public async Task<StoredDeferral?> ByReferenceAsync(string payer, string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from deferrals where payer = @Payer and request_reference = @Reference";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<DeferralRow>(new CommandDefinition(sql, new { Payer = payer, Reference = reference }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredDeferral?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string payer, string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from deferrals where payer = @Payer and request_reference = @Reference";
        var row = await connection.QuerySingleOrDefaultAsync<DeferralRow>(new CommandDefinition(sql, new { Payer = payer, Reference = reference }, transaction, cancellationToken: ct));
        return row?.ToStored();
    }

    public async Task<bool> HasOpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct)
    {
        const string sql = "select exists (select 1 from deferrals where declaration_id = @DeclarationId and status <> 'refused')";
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { DeclarationId = declarationId }, transaction, cancellationToken: ct));
    }

    public async Task<StoredDeferral?> GetAsync(Guid id, CancellationToken ct)
    {
        const string sql = $"select {Columns} from deferrals where id = @Id";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<DeferralRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredDeferral?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = $"select {Columns} from deferrals where id = @Id for update";
        return (await connection.QuerySingleOrDefaultAsync<DeferralRow>(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct)))?.ToStored();
    }

    public Task DecideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DeferralDecision d, string decidedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update deferrals set status = @Outcome, decided_on = @DecidedOn, decided_late = @DecidedLate, refusal_ground = @RefusalGround,
                   refusal_reason = @RefusalReason, original_due_date = @OriginalDueDate, new_due_date = @NewDueDate, interest_rub = @InterestRub,
                   penalty_charged_rub = @PenaltyChargedRub, security_required = @SecurityRequired, security_required_rub = @SecurityRequiredRub,
                   security_reference = @SecurityReference, schedule = cast(@Schedule as jsonb), decided_by = @DecidedBy, decided_at = @Now
            where id = @Id
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, Outcome = EnumCodes.Of(d.Outcome), d.DecidedOn, d.DecidedLate,
            RefusalGround = d.RefusalGround == DeferralRefusalGround.Unspecified ? null : EnumCodes.Of(d.RefusalGround), d.RefusalReason,
            d.OriginalDueDate, d.NewDueDate, d.InterestRub, d.PenaltyChargedRub, d.SecurityRequired, d.SecurityRequiredRub, d.SecurityReference,
            Schedule = AssessmentJson.Write(d.Schedule), DecidedBy = decidedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }

    public Task RescindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DeferralRescission r, string rescindedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update deferrals set rescinded_on = @RescindedOn, rescission_ground = @Ground, rescission_reason = @Reason, rescission_notify_by = @NotifyBy,
                   rescission_notify_by_provisional = @NotifyByIsProvisional, rescission_interest_rub = @InterestChargedRub,
                   rescission_falling_due_rub = @FallingDueRub, rescinded_by = @RescindedBy, rescinded_at = @Now
            where id = @Id
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, r.RescindedOn, Ground = EnumCodes.Of(r.Ground), r.Reason, r.NotifyBy, r.NotifyByIsProvisional, r.InterestChargedRub, r.FallingDueRub,
            RescindedBy = rescindedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }

    private sealed class DeferralRow
    {
        public Guid Id { get; init; }
        public string RequestReference { get; init; } = "";
        public string Payer { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Ground { get; init; } = "";
        public int Months { get; init; }
        public decimal AmountRub { get; init; }
        public DateOnly SubmittedOn { get; init; }
        public DateOnly DecideBy { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? DecidedOn { get; init; }
        public bool? DecidedLate { get; init; }
        public string? RefusalGround { get; init; }
        public string? RefusalReason { get; init; }
        public DateOnly? OriginalDueDate { get; init; }
        public DateOnly? NewDueDate { get; init; }
        public decimal? InterestRub { get; init; }
        public decimal? PenaltyChargedRub { get; init; }
        public bool? SecurityRequired { get; init; }
        public decimal? SecurityRequiredRub { get; init; }
        public string? SecurityReference { get; init; }
        public string? Schedule { get; init; }
        public bool PartAsked { get; init; }
        public string[] Categories { get; init; } = [];
        public DateOnly? RescindedOn { get; init; }
        public string? RescissionGround { get; init; }
        public string? RescissionReason { get; init; }
        public DateOnly? RescissionNotifyBy { get; init; }
        public bool? RescissionNotifyByProvisional { get; init; }
        public decimal? RescissionInterestRub { get; init; }
        public decimal? RescissionFallingDueRub { get; init; }

        public StoredDeferral ToStored()
        {
            var request = new DeferralRequest(RequestReference, DeclarationId, Payer, EnumCodes.Parse<DeferralKind>(Kind),
                EnumCodes.Parse<DeferralGround>(Ground), Months, AmountRub, SubmittedOn, DecideBy)
            {
                PartAsked = PartAsked, Categories = [.. Categories.Select(EnumCodes.Parse<PaymentCategory>)],
            };
            var status = EnumCodes.Parse<DeferralStatus>(Status);
            var decision = status == DeferralStatus.Requested ? null : new DeferralDecision(status, DecidedOn!.Value, DecidedLate ?? false,
                RefusalGround is null ? DeferralRefusalGround.Unspecified : EnumCodes.Parse<DeferralRefusalGround>(RefusalGround), RefusalReason ?? "",
                OriginalDueDate, NewDueDate, InterestRub ?? 0, PenaltyChargedRub ?? 0, SecurityRequired ?? false, SecurityRequiredRub ?? 0,
                SecurityReference ?? "", Schedule is null ? [] : AssessmentJson.Read<List<Instalment>>(Schedule));
            return new StoredDeferral(Id, request, decision)
            {
                Rescission = RescindedOn is not { } rescinded ? null : new DeferralRescission(rescinded, EnumCodes.Parse<DeferralRefusalGround>(RescissionGround!),
                    RescissionReason ?? "", RescissionNotifyBy!.Value, RescissionNotifyByProvisional ?? false, RescissionInterestRub ?? 0, RescissionFallingDueRub ?? 0),
            };
        }
    }
}
