using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Securities;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Data;

/// <summary>Securities of customs payments and the reservations of operations on them (Arts. 337-347).</summary>
public sealed class SecurityStore(NpgsqlDataSource db, ReleaseStandingStore standings)
{
    private const string SecurityColumns = """
        id, security_reference, method, principal, guarantor, general, office_code, accepted_on, amount_rub, reserved_rub, called_rub, status, receipt_number,
        purpose, open_area_square_metres, room_volume_cubic_metres, deposit_currency, deposit_amount, refunded_rub,
        pledged_description, pledged_value_rub, pledged_location, pledged_in_customs_custody
        """;

    private const string ReservationColumns = "operation_reference, office_code, declaration_id, amount_rub, status, reserved_at, ended_on";

    /// <summary>Inserts the security unless its reference is booked already: false then, and nothing changed.</summary>
    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Security s, string acceptedBy, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            insert into securities (id, security_reference, method, principal, guarantor, general, office_code, amount_rub, accepted_on, status, receipt_number,
                                    accepted_by, accepted_at, purpose, open_area_square_metres, room_volume_cubic_metres, deposit_currency, deposit_amount,
                                    pledged_description, pledged_value_rub, pledged_location, pledged_in_customs_custody)
            values (@Id, @Reference, @Method, @Principal, @Guarantor, @General, @OfficeCode, @AmountRub, @AcceptedOn, 'in_force', @Receipt, @AcceptedBy, @Now,
                    @Purpose, @OpenAreaSquareMetres, @RoomVolumeCubicMetres, @DepositCurrency, @DepositAmount,
                    @PledgedDescription, @PledgedValueRub, @PledgedLocation, @PledgedInCustomsCustody)
            on conflict (security_reference) do nothing
            """;
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            s.Id, s.Reference, Method = EnumCodes.Of(s.Method), s.Principal, Guarantor = s.Guarantor.Length == 0 ? null : s.Guarantor, s.General, s.OfficeCode,
            s.AmountRub, s.AcceptedOn, Receipt = s.ReceiptNumber.Length == 0 ? null : s.ReceiptNumber, AcceptedBy = acceptedBy, Now = now,
            Purpose = EnumCodes.Of(s.Purpose == SecurityPurpose.Unspecified ? SecurityPurpose.Operations : s.Purpose), s.OpenAreaSquareMetres, s.RoomVolumeCubicMetres,
            s.DepositCurrency, DepositAmount = s.Method == SecurityMethod.CashDeposit ? s.DepositAmount : (decimal?)null,
            PledgedDescription = s.Pledged?.Description, PledgedValueRub = s.Pledged?.ValueRub, PledgedLocation = s.Pledged?.Location,
            PledgedInCustomsCustody = s.Pledged?.InCustomsCustody,
        }, transaction, cancellationToken: ct)) == 1;
    }

    public async Task<Security?> ByReferenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<SecurityRow>(new CommandDefinition(
            $"select {SecurityColumns} from securities where security_reference = @Reference", new { Reference = reference }, transaction, cancellationToken: ct)))?.ToSecurity();

    /// <summary>Locks the security: its reservations are taken and ended one at a time, so their sum never passes its amount.</summary>
    public async Task<Security?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<SecurityRow>(new CommandDefinition(
            $"select {SecurityColumns} from securities where id = @Id for update", new { Id = id }, transaction, cancellationToken: ct)))?.ToSecurity();

    /// <summary>The security and its reservations (the held ones, or all), read in one snapshot.</summary>
    public async Task<(Security Security, IReadOnlyList<Reservation> Reservations)?> GetAsync(Guid id, bool includeEnded, CancellationToken ct)
    {
        const string sql = $"""
            select {SecurityColumns} from securities where id = @Id;
            select {ReservationColumns} from security_reservations where security_id = @Id and (@All or status = 'reserved') order by reserved_at, operation_reference;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var reader = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { Id = id, All = includeEnded }, transaction, cancellationToken: ct));
        var security = (await reader.ReadSingleOrDefaultAsync<SecurityRow>())?.ToSecurity();
        var reservations = (await reader.ReadAsync<ReservationRow>()).Select(r => r.ToReservation()).ToList();
        return security is null ? null : (security, reservations);
    }

    public async Task<Reservation?> ReservationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, string reference, CancellationToken ct) =>
        (await connection.QuerySingleOrDefaultAsync<ReservationRow>(new CommandDefinition(
            $"select {ReservationColumns} from security_reservations where security_id = @Id and operation_reference = @Reference",
            new { Id = securityId, Reference = reference }, transaction, cancellationToken: ct)))?.ToReservation();

    /// <summary>What the held reservations of every security hold for one declaration (Art. 338(1)).</summary>
    public Task<decimal> HeldForDeclarationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string declarationId, CancellationToken ct) =>
        connection.ExecuteScalarAsync<decimal>(new CommandDefinition(
            "select coalesce(sum(amount_rub), 0) from security_reservations where declaration_id = @Id and status = 'reserved'",
            new { Id = declarationId }, transaction, cancellationToken: ct));

    /// <summary>Adds the reservation and what it holds to the security; the table's check refuses a sum above the amount.</summary>
    public async Task ReserveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, Reservation r, string by, CancellationToken ct)
    {
        const string sql = """
            insert into security_reservations (security_id, operation_reference, office_code, declaration_id, amount_rub, status, reserved_by, reserved_at)
            values (@Id, @OperationReference, @OfficeCode, @DeclarationId, @AmountRub, 'reserved', @By, @ReservedAt);
            update securities set reserved_rub = reserved_rub + @AmountRub where id = @Id;
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = securityId, r.OperationReference, r.OfficeCode, r.DeclarationId, r.AmountRub, By = by, r.ReservedAt,
        }, transaction, cancellationToken: ct));
        await standings.RefreshAsync(connection, transaction, r.DeclarationId, ct);
    }

    /// <summary>Ends a held reservation: what was called moves to what the security paid, the rest is available again.</summary>
    public async Task EndAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, Reservation r, ReservationStatus outcome, decimal calledRub, DateOnly endedOn,
        string by, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            update security_reservations set status = @Outcome, ended_on = @EndedOn, ended_by = @By, ended_at = @Now
            where security_id = @Id and operation_reference = @OperationReference;
            update securities set reserved_rub = reserved_rub - @AmountRub, called_rub = called_rub + @CalledRub
            where id = @Id;
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = securityId, r.OperationReference, r.AmountRub, Outcome = EnumCodes.Of(outcome), CalledRub = calledRub, EndedOn = endedOn,
            By = by, Now = now,
        }, transaction, cancellationToken: ct));
        await standings.RefreshAsync(connection, transaction, r.DeclarationId, ct);
    }

    /// <summary>The offices whose reservations of the security were released: their procedures, which it secured, were completed (357(2)).</summary>
    public async Task<IReadOnlyCollection<string>> OfficesCompletedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, CancellationToken ct) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            "select distinct office_code from security_reservations where security_id = @Id and status = 'released'",
            new { Id = securityId }, transaction, cancellationToken: ct))];

    /// <summary>What a collection took from a cash deposit (353(2)) leaves it for the budget, as a call does.</summary>
    public Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid securityId, decimal amountRub, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("update securities set called_rub = called_rub + @AmountRub where id = @Id",
            new { Id = securityId, AmountRub = amountRub }, transaction, cancellationToken: ct));

    private sealed class SecurityRow
    {
        public Guid Id { get; init; }
        public string SecurityReference { get; init; } = "";
        public string Method { get; init; } = "";
        public string Principal { get; init; } = "";
        public string? Guarantor { get; init; }
        public bool General { get; init; }
        public string OfficeCode { get; init; } = "";
        public DateOnly AcceptedOn { get; init; }
        public decimal AmountRub { get; init; }
        public decimal ReservedRub { get; init; }
        public decimal CalledRub { get; init; }
        public string Status { get; init; } = "";
        public string? ReceiptNumber { get; init; }
        public string Purpose { get; init; } = "";
        public decimal OpenAreaSquareMetres { get; init; }
        public decimal RoomVolumeCubicMetres { get; init; }
        public string DepositCurrency { get; init; } = "RUB";
        public decimal? DepositAmount { get; init; }
        public decimal RefundedRub { get; init; }
        public string? PledgedDescription { get; init; }
        public decimal? PledgedValueRub { get; init; }
        public string? PledgedLocation { get; init; }
        public bool? PledgedInCustomsCustody { get; init; }

        public Security ToSecurity() => new(Id, SecurityReference, EnumCodes.Parse<SecurityMethod>(Method), Principal, Guarantor ?? "", General, OfficeCode,
            AcceptedOn, AmountRub, ReservedRub, CalledRub, Status == "in_force", ReceiptNumber ?? "")
        {
            Purpose = EnumCodes.Parse<SecurityPurpose>(Purpose), OpenAreaSquareMetres = OpenAreaSquareMetres, RoomVolumeCubicMetres = RoomVolumeCubicMetres,
            DepositCurrency = DepositCurrency.Trim(), DepositAmount = DepositAmount ?? 0m, RefundedRub = RefundedRub,
            Pledged = PledgedValueRub is { } value ? new PledgedProperty(PledgedDescription ?? "", value, PledgedLocation ?? "", PledgedInCustomsCustody ?? false) : null,
        };
    }

    private sealed class ReservationRow
    {
        public string OperationReference { get; init; } = "";
        public string OfficeCode { get; init; } = "";
        public string DeclarationId { get; init; } = "";
        public decimal AmountRub { get; init; }
        public string Status { get; init; } = "";
        public DateTimeOffset ReservedAt { get; init; }
        public DateOnly? EndedOn { get; init; }

        public Reservation ToReservation() => new(OperationReference, OfficeCode, DeclarationId, AmountRub, EnumCodes.Parse<ReservationStatus>(Status),
            ReservedAt, EndedOn);
    }
}
