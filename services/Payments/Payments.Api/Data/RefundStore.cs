using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Overpayment notices and refund requests with their resolutions (Arts. 355-356).</summary>
public sealed class RefundStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, request_reference, payer, declaration_id, ground, amount_rub, paid_on, submitted_on, complete_on, natural_person, refund_by,
        decided_on, refunded_on, offset_declaration_id, offset_rub, offset_notice_by, refund_rub, interest_rub, interest_parts::text as interest_parts,
        refund_bank_bic, refund_account_number, penalties_returned_rub, interest_returned_rub
        """;

    /// <summary>Records the notice once per declaration and day of discovery; answers the one recorded.</summary>
    public async Task<OverpaymentNotice> NoticeAsync(OverpaymentNotice n, string recordedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into overpayment_notices (declaration_id, discovered_on, amount_rub, notified_on, notify_by, recorded_by, recorded_at)
            values (@DeclarationId, @DiscoveredOn, @AmountRub, @NotifiedOn, @NotifyBy, @RecordedBy, @Now)
            on conflict (declaration_id, discovered_on) do nothing;
            select declaration_id, amount_rub, discovered_on, notified_on, notify_by from overpayment_notices
            where declaration_id = @DeclarationId and discovered_on = @DiscoveredOn;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<NoticeRow>(new CommandDefinition(sql, new
        {
            n.DeclarationId, n.DiscoveredOn, n.AmountRub, n.NotifiedOn, n.NotifyBy, RecordedBy = recordedBy, Now = now,
        }, cancellationToken: ct));
        return new OverpaymentNotice(row.DeclarationId, row.AmountRub, row.DiscoveredOn, row.NotifiedOn, row.NotifyBy);
    }

    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, RefundRequest r, string requestedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into refunds (id, request_reference, payer, declaration_id, ground, amount_rub, paid_on, submitted_on, complete_on, natural_person,
                                 refund_by, refund_bank_bic, refund_account_number, requested_by, requested_at)
            values (@Id, @Reference, @Payer, @DeclarationId, @Ground, @AmountRub, @PaidOn, @SubmittedOn, @CompleteOn, @NaturalPerson, @RefundBy,
                    @BankBic, @AccountNumber, @RequestedBy, @Now)
            on conflict (payer, request_reference) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, r.Reference, r.Payer, r.DeclarationId, Ground = EnumCodes.Of(r.Ground), r.AmountRub, r.PaidOn, r.SubmittedOn, r.CompleteOn,
            r.NaturalPerson, r.RefundBy, r.Account?.BankBic, r.Account?.AccountNumber, RequestedBy = requestedBy, Now = now,
        }, transaction, cancellationToken: ct)) == 1;
    }

    public async Task<StoredRefund?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string payer, string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from refunds where payer = @Payer and request_reference = @Reference";
        return (await connection.QuerySingleOrDefaultAsync<RefundRow>(new CommandDefinition(sql, new { Payer = payer, Reference = reference }, transaction, cancellationToken: ct)))?.ToStored();
    }

    /// <summary>The request booked under the payer's reference, read outside any transaction (after one that found it booked).</summary>
    public async Task<StoredRefund?> ByReferenceAsync(string payer, string reference, CancellationToken ct)
    {
        const string sql = $"select {Columns} from refunds where payer = @Payer and request_reference = @Reference";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<RefundRow>(new CommandDefinition(sql, new { Payer = payer, Reference = reference }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredRefund?> GetAsync(Guid id, CancellationToken ct)
    {
        const string sql = $"select {Columns} from refunds where id = @Id";
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QuerySingleOrDefaultAsync<RefundRow>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct)))?.ToStored();
    }

    public async Task<StoredRefund?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct)
    {
        const string sql = $"select {Columns} from refunds where id = @Id for update";
        return (await connection.QuerySingleOrDefaultAsync<RefundRow>(new CommandDefinition(sql, new { Id = id }, transaction, cancellationToken: ct)))?.ToStored();
    }

    public Task DecideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, RefundDecision d, string decidedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update refunds set decided_on = @DecidedOn, refunded_on = @RefundedOn, offset_declaration_id = @OffsetDeclarationId, offset_rub = @OffsetRub,
                   offset_notice_by = @OffsetNoticeBy, refund_rub = @RefundRub, interest_rub = @InterestRub, interest_parts = cast(@Parts as jsonb),
                   penalties_returned_rub = @PenaltiesReturnedRub, interest_returned_rub = @InterestReturnedRub,
                   decided_by = @DecidedBy, decided_at = @Now
            where id = @Id
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = id, d.DecidedOn, d.RefundedOn, d.OffsetDeclarationId, d.OffsetRub, d.OffsetNoticeBy, d.RefundRub, InterestRub = d.Interest.AmountRub,
            Parts = AssessmentJson.Write(d.Interest.Parts), d.PenaltiesReturnedRub, d.InterestReturnedRub, DecidedBy = decidedBy, Now = now,
        }, transaction, cancellationToken: ct));
    }

    private sealed class NoticeRow
    {
        public string DeclarationId { get; init; } = "";
        public decimal AmountRub { get; init; }
        public DateOnly DiscoveredOn { get; init; }
        public DateOnly NotifiedOn { get; init; }
        public DateOnly NotifyBy { get; init; }
    }

    private sealed class RefundRow
    {
        public Guid Id { get; init; }
        public string RequestReference { get; init; } = "";
        public string Payer { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public string Ground { get; init; } = "";
        public decimal AmountRub { get; init; }
        public DateOnly PaidOn { get; init; }
        public DateOnly SubmittedOn { get; init; }
        public DateOnly CompleteOn { get; init; }
        public bool NaturalPerson { get; init; }
        public DateOnly RefundBy { get; init; }
        public DateOnly? DecidedOn { get; init; }
        public DateOnly? RefundedOn { get; init; }
        public string? OffsetDeclarationId { get; init; }
        public decimal? OffsetRub { get; init; }
        public DateOnly? OffsetNoticeBy { get; init; }
        public decimal? RefundRub { get; init; }
        public decimal? InterestRub { get; init; }
        public string? InterestParts { get; init; }
        public string? RefundBankBic { get; init; }
        public string? RefundAccountNumber { get; init; }
        public decimal? PenaltiesReturnedRub { get; init; }
        public decimal? InterestReturnedRub { get; init; }

        public StoredRefund ToStored()
        {
            var request = new RefundRequest(RequestReference, DeclarationId, Payer, EnumCodes.Parse<RefundGround>(Ground), AmountRub, PaidOn, SubmittedOn,
                CompleteOn, NaturalPerson, RefundBy)
            {
                Account = RefundBankBic is { } bic && RefundAccountNumber is { } number ? new RefundAccount(bic, number) : null,
            };
            if (DecidedOn is not { } decided)
            {
                return new StoredRefund(Id, request, null);
            }

            var parts = AssessmentJson.Read<List<PenaltyPart>>(InterestParts ?? "[]");
            var interest = new Domain.Interest.Interest(InterestRub ?? 0, parts.FirstOrDefault()?.From, parts.LastOrDefault()?.Until, parts);
            return new StoredRefund(Id, request, new RefundDecision(decided, RefundedOn!.Value, OffsetDeclarationId ?? "", OffsetRub ?? 0, OffsetNoticeBy,
                RefundRub ?? 0, interest) { PenaltiesReturnedRub = PenaltiesReturnedRub ?? 0, InterestReturnedRub = InterestReturnedRub ?? 0 });
        }
    }
}
