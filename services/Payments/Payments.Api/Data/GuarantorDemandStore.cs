using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Securities;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Demands to guarantors and their payments (migration 0015).</summary>
public sealed class GuarantorDemandStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, demand_reference, security_id, operation_reference, declaration_id, guarantor, dispatched_on, term_ended_on, last_penalty_day,
        duties_rub, penalties_rub, amount_rub, paid_rub, status, met_on, issued_at, interest_rub,
        (select coalesce(sum(p.to_penalties_rub), 0) from guarantor_payments p where p.demand_id = guarantor_demands.id) as penalties_paid_rub,
        delivery, received_on, meet_by, meet_by_provisional,
        (select r.office_code from security_reservations r
         where r.security_id = guarantor_demands.security_id and r.operation_reference = guarantor_demands.operation_reference) as office_code
        """;

    public async Task<GuarantorDemand?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(
            $"select {Columns} from guarantor_demands where id = @Id", new { Id = id }, cancellationToken: ct)))?.ToDemand();
    }

    /// <summary>A demand with the office of the reservation it calls (whose days date it).</summary>
    public async Task<(GuarantorDemand Demand, string OfficeCode)?> GetWithOfficeAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(
            $"select {Columns} from guarantor_demands where id = @Id", new { Id = id }, cancellationToken: ct)) is { } row
            ? (row.ToDemand(), row.OfficeCode)
            : null;
    }

    public async Task<GuarantorDemand?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(
            $"select {Columns} from guarantor_demands where id = @Id", new { Id = id }, transaction, cancellationToken: ct)))?.ToDemand();

    public async Task<GuarantorDemand?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(
            $"select {Columns} from guarantor_demands where demand_reference = @Reference", new { Reference = reference }, transaction, cancellationToken: ct)))?.ToDemand();

    /// <summary>The demand lodged for a reservation, if any (one per reservation).</summary>
    public async Task<GuarantorDemand?> ForReservationAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, string operationReference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<DemandRow>(new CommandDefinition(
            $"select {Columns} from guarantor_demands where security_id = @SecurityId and operation_reference = @OperationReference",
            new { SecurityId = securityId, OperationReference = operationReference }, transaction, cancellationToken: ct)))?.ToDemand();

    /// <param name="overdueFrom">The instant the day after its last day to meet it begins at the reservation's office (350(4)).</param>
    public Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, GuarantorDemand d, string issuedBy, DateTimeOffset overdueFrom, CancellationToken ct)
    {
        const string sql = """
            insert into guarantor_demands (id, demand_reference, security_id, operation_reference, declaration_id, guarantor, dispatched_on, term_ended_on,
                                           last_penalty_day, duties_rub, penalties_rub, amount_rub, paid_rub, status, issued_by, issued_at, interest_rub,
                                           delivery, received_on, meet_by, meet_by_provisional, overdue_from)
            values (@Id, @Reference, @SecurityId, @OperationReference, @DeclarationId, @Guarantor, @DispatchedOn, @TermEndedOn,
                    @LastPenaltyDay, @DutiesRub, @PenaltiesRub, @AmountRub, 0, 'open', @IssuedBy, @IssuedAt, @InterestRub,
                    @Delivery, @ReceivedOn, @MeetBy, @MeetByProvisional, @OverdueFrom)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            d.Id, d.Reference, d.SecurityId, d.OperationReference, d.DeclarationId, d.Guarantor, d.DispatchedOn, d.TermEndedOn, d.LastPenaltyDay,
            d.DutiesRub, d.PenaltiesRub, d.AmountRub, IssuedBy = issuedBy, d.IssuedAt, d.InterestRub,
            Delivery = d.Term is { } t ? EnumCodes.Of(t.Delivery) : null, d.Term?.ReceivedOn, d.Term?.MeetBy, MeetByProvisional = d.Term?.MeetByProvisional ?? false,
            OverdueFrom = overdueFrom,
        }, transaction, cancellationToken: ct));
    }

    /// <summary>Up to <paramref name="limit"/> open demands whose office's day after meet_by has begun by <paramref name="now"/>, not yet announced; locked, others' locks skipped.</summary>
    public async Task<IReadOnlyList<GuarantorDemand>> NewlyOverdueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int limit, CancellationToken ct) =>
        [.. (await connection.QueryAsync<DemandRow>(new CommandDefinition($"""
            select {Columns} from guarantor_demands
            where status = 'open' and overdue_from <= @Now and overdue_marked_on is null
            order by overdue_from, id limit @Limit
            for update skip locked
            """, new { Now = now, Limit = limit }, transaction, cancellationToken: ct))).Select(r => r.ToDemand())];

    public Task MarkOverdueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateOnly overdueOn, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("update guarantor_demands set overdue_marked_on = @On where id = @Id and overdue_marked_on is null",
            new { Id = id, On = overdueOn }, transaction, cancellationToken: ct));

    /// <summary>The demands open at <paramref name="now"/> after their last day to meet them, oldest first, after a cursor; one guarantor's, or all.</summary>
    public async Task<IReadOnlyList<(GuarantorDemand Demand, DateTimeOffset OverdueFrom)>> OverdueAsync(
        string guarantor, DateTimeOffset now, DateTimeOffset? afterFrom, Guid afterId, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<DemandRow>(new CommandDefinition($"""
            select {Columns}, overdue_from from guarantor_demands
            where status = 'open' and overdue_from <= @Now and (@Guarantor = '' or guarantor = @Guarantor)
              and (@AfterFrom::timestamptz is null or (overdue_from, id) > (@AfterFrom, @AfterId))
            order by overdue_from, id limit @Limit
            """, new { Now = now, Guarantor = guarantor, AfterFrom = afterFrom, AfterId = afterId, Limit = limit }, cancellationToken: ct));
        return [.. rows.Select(r => (r.ToDemand(), r.OverdueFrom!.Value))];
    }

    /// <summary>A guarantor's demands whose last day to meet them was before <paramref name="day"/> (344(1): a breach on record).</summary>
    public async Task<IReadOnlyList<GuarantorDemand>> DueBeforeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string guarantor, DateOnly day, CancellationToken ct) =>
        [.. (await connection.QueryAsync<DemandRow>(new CommandDefinition($"select {Columns} from guarantor_demands where guarantor = @Guarantor and meet_by < @Day",
            new { Guarantor = guarantor, Day = day }, transaction, cancellationToken: ct))).Select(r => r.ToDemand())];

    public async Task<GuarantorPayment?> PaymentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<PaymentRow>(new CommandDefinition("""
            select payment_reference, demand_id, amount_rub, paid_on, to_payments_rub, to_penalties_rub, to_interest_rub
            from guarantor_payments where payment_reference = @Reference
            """, new { Reference = reference }, transaction, cancellationToken: ct)))?.ToPayment();

    /// <summary>Books the payment and what the demand has now been paid, and its status.</summary>
    public Task BookAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, GuarantorPayment p, GuarantorDemand after, string bookedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into guarantor_payments (payment_reference, demand_id, amount_rub, paid_on, to_payments_rub, to_penalties_rub, to_interest_rub, booked_by, booked_at)
            values (@Reference, @DemandId, @AmountRub, @PaidOn, @ToPaymentsRub, @ToPenaltiesRub, @ToInterestRub, @BookedBy, @Now);
            update guarantor_demands set paid_rub = @PaidRub, status = @Status, met_on = @MetOn where id = @DemandId;
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            p.Reference, p.DemandId, p.AmountRub, p.PaidOn, p.ToPaymentsRub, p.ToPenaltiesRub, p.ToInterestRub, BookedBy = bookedBy, Now = now,
            after.PaidRub, Status = EnumCodes.Of(after.Status), after.MetOn,
        }, transaction, cancellationToken: ct));
    }

    private sealed class DemandRow
    {
        public Guid Id { get; init; }
        public string DemandReference { get; init; } = "";
        public Guid SecurityId { get; init; }
        public string OperationReference { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public string Guarantor { get; init; } = "";
        public DateOnly DispatchedOn { get; init; }
        public DateOnly TermEndedOn { get; init; }
        public DateOnly LastPenaltyDay { get; init; }
        public decimal DutiesRub { get; init; }
        public decimal PenaltiesRub { get; init; }
        public decimal AmountRub { get; init; }
        public decimal PaidRub { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? MetOn { get; init; }
        public DateTimeOffset IssuedAt { get; init; }
        public decimal InterestRub { get; init; }
        public decimal PenaltiesPaidRub { get; init; }
        public string? Delivery { get; init; }
        public DateOnly? ReceivedOn { get; init; }
        public DateOnly? MeetBy { get; init; }
        public bool MeetByProvisional { get; init; }
        public string OfficeCode { get; init; } = "";
        public DateTimeOffset? OverdueFrom { get; init; }

        public GuarantorDemand ToDemand() => new(Id, DemandReference, SecurityId, OperationReference, DeclarationId, Guarantor, DispatchedOn, TermEndedOn,
            LastPenaltyDay, DutiesRub, PenaltiesRub, AmountRub, PaidRub, EnumCodes.Parse<GuarantorDemandStatus>(Status), MetOn, IssuedAt)
        {
            InterestRub = InterestRub, PenaltiesPaidRub = PenaltiesPaidRub,
            Term = Delivery is { } delivery
                ? new GuarantorDemandTerm(EnumCodes.Parse<Domain.Demands.DemandDelivery>(delivery), ReceivedOn!.Value, MeetBy!.Value, MeetByProvisional)
                : null,
        };
    }

    private sealed class PaymentRow
    {
        public string PaymentReference { get; init; } = "";
        public Guid DemandId { get; init; }
        public decimal AmountRub { get; init; }
        public DateOnly PaidOn { get; init; }
        public decimal ToPaymentsRub { get; init; }
        public decimal ToPenaltiesRub { get; init; }
        public decimal ToInterestRub { get; init; }

        public GuarantorPayment ToPayment() => new(PaymentReference, DemandId, AmountRub, PaidOn, ToPaymentsRub, ToPenaltiesRub) { ToInterestRub = ToInterestRub };
    }
}
