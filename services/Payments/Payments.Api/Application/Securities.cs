using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Caching;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Reference;
using Customs.Payments.Api.Domain.Securities;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Dapper;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Securities of customs payments (Arts. 337-347): accepted once per reference (a bank guarantee only from the register,
/// within its limits), reserved per operation once per reference (the security row locked, so concurrent reservations
/// from several offices never take more than it holds), released or called; each change commits with its event.
/// </summary>
public sealed class Securities(
    NpgsqlDataSource db, SecurityStore store, GuarantorStore guarantors, GuarantorLookup lookup, ObligationStore obligations, PenaltyCalculator penalties,
    GuarantorDemandStore demands, ReferenceBook book, InterestCalculator interest, ExchangeRateStore rates, IOutbox outbox, TimeProvider clock,
    SecurityWaiverStore waivers, InsuranceRegisterStore insurers)
{
    public async Task<(Security Security, bool Created)> AcceptAsync(Security security, string acceptedBy, CancellationToken ct)
    {
        EnsureNotLaterThanTodayAt(clock, security.OfficeCode, security.AcceptedOn, "accepted_on");
        if (security.DepositCurrency != "RUB")
        {
            // Art. 345(1): a foreign currency the central bank quotes, at its rate in force on the day of acceptance.
            var table = await rates.RatesOnAsync(security.AcceptedOn, [security.DepositCurrency], ct);
            security = security with { AmountRub = CashDepositRules.InRoubles(security.DepositAmount, security.DepositCurrency, table) };
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await store.ByReferenceAsync(connection, transaction, security.Reference, ct) is { } booked)
        {
            return Repeated(booked, security);
        }

        // Arts. 337(2), 339(2): with the values in force on the day it is accepted.
        SecurityRules.EnsureAmountAllowed(security, book);
        PledgeRules.EnsurePropertyCovers(security);
        if (security.Method is SecurityMethod.BankGuarantee or SecurityMethod.Insurance)
        {
            await EnsureGuarantorAsync(connection, transaction, security, ct);
        }

        var accepted = security.Method == SecurityMethod.CashDeposit
            // Art. 345(5): a customs receipt confirms the deposit.
            ? security with { ReceiptNumber = $"{security.OfficeCode}/{security.AcceptedOn:ddMMyy}/{security.Id.ToString("N")[^8..].ToUpperInvariant()}" }
            : security;
        if (!await store.TryInsertAsync(connection, transaction, accepted, acceptedBy, clock.GetStoredNow(), ct))
        {
            // A concurrent call booked the reference first (the insert waited for its commit): answered as the repeat it is.
            return Repeated((await store.ByReferenceAsync(connection, transaction, security.Reference, ct))!, security);
        }

        await outbox.EnqueueAsync(connection, transaction, new SecurityAccepted
        {
            SecurityId = accepted.Id, SecurityReference = accepted.Reference, Method = EnumCodes.Of(accepted.Method), PrincipalTaxpayerNumber = accepted.Principal,
            GuarantorTaxpayerNumber = accepted.Guarantor, General = accepted.General, OfficeCode = accepted.OfficeCode, AmountRub = accepted.AmountRub,
            AcceptedOn = accepted.AcceptedOn, ReceiptNumber = accepted.ReceiptNumber, DepositCurrency = accepted.DepositCurrency, DepositAmount = accepted.DepositAmount,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        if (accepted.Guarantor.Length > 0)
        {
            // The guarantor's headroom changed.
            await lookup.ChangedAsync();
        }

        return (accepted, true);
    }

    public async Task<(Security Security, IReadOnlyList<Reservation> Reservations)> GetAsync(Guid id, bool includeEnded, CancellationToken ct) =>
        await store.GetAsync(id, includeEnded, ct) ?? throw NoSecurity(id);

    public async Task<(Reservation Reservation, bool Created, decimal AvailableRub)> ReserveAsync(
        Guid securityId, Reservation wanted, string reservedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var security = await store.LockAsync(connection, transaction, securityId, ct) ?? throw NoSecurity(securityId);
        if (await store.ReservationAsync(connection, transaction, securityId, wanted.OperationReference, ct) is { } booked)
        {
            return booked.SameOperation(wanted)
                ? (booked, false, security.AvailableRub)
                : throw new AlreadyExistsException(PaymentErrors.OperationReferenceReused, "This operation_reference is reserved already with other content.");
        }

        SecurityRules.EnsureReservable(security, wanted.OfficeCode, wanted.AmountRub);
        await EnsureReservationAmountAsync(connection, transaction, security, wanted, ct);
        var reservation = wanted with { Status = ReservationStatus.Reserved, ReservedAt = clock.GetStoredNow(), EndedOn = null };
        await store.ReserveAsync(connection, transaction, securityId, reservation, reservedBy, ct);
        var available = security.AvailableRub - reservation.AmountRub;
        await outbox.EnqueueAsync(connection, transaction, new SecurityReserved
        {
            SecurityId = securityId, OperationReference = reservation.OperationReference, OfficeCode = reservation.OfficeCode,
            DeclarationId = reservation.DeclarationId, AmountRub = reservation.AmountRub, AvailableRub = available,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return (reservation, true, available);
    }

    public async Task<(Reservation Reservation, decimal AvailableRub)> EndAsync(
        Guid securityId, string operationReference, ReservationStatus outcome, DateOnly endedOn, string endedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var security = await store.LockAsync(connection, transaction, securityId, ct) ?? throw NoSecurity(securityId);
        var held = await store.ReservationAsync(connection, transaction, securityId, operationReference, ct)
            ?? throw new NotFoundException(PaymentErrors.ReservationNotFound, $"No reservation {operationReference} on security {securityId}.");
        EnsureNotLaterThanTodayAt(clock, held.OfficeCode, endedOn, "ended_on");
        if (held.Status != ReservationStatus.Reserved)
        {
            // The same end sent again is answered, not applied twice.
            return held.Status == outcome && held.EndedOn == endedOn
                ? (held, security.AvailableRub)
                : throw new RuleViolationException(PaymentErrors.ReservationEnded, $"The reservation was {EnumCodes.Of(held.Status)} on {held.EndedOn:yyyy-MM-dd}.");
        }

        if (outcome == ReservationStatus.Called && GuaranteeCallRules.IsCalledByDemand(security.Method))
        {
            throw GuaranteeCallRules.NotCalledByDemand(security.Method);
        }

        if (await demands.ForReservationAsync(connection, transaction, securityId, operationReference, ct) is { } demand)
        {
            // Art. 349(3): the guarantor's demand ends the reservation once it is met (GuaranteeCalls).
            throw new RuleViolationException(PaymentErrors.GuarantorDemandOpen,
                $"Demand {demand.Reference} to the guarantor is open: the reservation ends when it is met.", "Art. 349(3)");
        }

        var now = clock.GetStoredNow();
        var calledRub = outcome == ReservationStatus.Called ? await CallAsync(connection, transaction, security, held, endedOn, now, ct) : 0m;
        await store.EndAsync(connection, transaction, securityId, held, outcome, calledRub, endedOn, endedBy, now, ct);
        var ended = held with { Status = outcome, EndedOn = endedOn };
        if (outcome == ReservationStatus.Called)
        {
            await outbox.EnqueueAsync(connection, transaction, new SecurityCalled
            {
                SecurityId = securityId, Method = EnumCodes.Of(security.Method), GuarantorTaxpayerNumber = security.Guarantor,
                OperationReference = operationReference, DeclarationId = held.DeclarationId, AmountRub = calledRub, CalledOn = endedOn,
            }, cancellationToken: ct);
        }
        else
        {
            await outbox.EnqueueAsync(connection, transaction, new SecurityReleased
            {
                SecurityId = securityId, OperationReference = operationReference, DeclarationId = held.DeclarationId, AmountRub = held.AmountRub, ReleasedOn = endedOn,
            }, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        // What was not called is available again.
        return (ended, security.AvailableRub + held.AmountRub - calledRub);
    }

    /// <summary>
    /// Art. 345(3): a breached obligation secured by a cash deposit is paid from it; 341(3): one secured by a pledge is paid "at
    /// the expense of the value of mortgaged property" (the property recorded at acceptance): the payments, then the penalties
    /// charged to the day (349(2), (7)), at most the reservation; the rest of it is free again. A declaration this service did
    /// not assess calls the whole reservation; a guarantee is called by a demand to its guarantor instead (GuaranteeCalls).
    /// </summary>
    private async Task<decimal> CallAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Security security, Reservation held, DateOnly calledOn, DateTimeOffset now, CancellationToken ct)
    {
        if (security.Method is not (SecurityMethod.CashDeposit or SecurityMethod.Pledge) || await obligations.LockAsync(connection, transaction, held.DeclarationId, ct) is not { } obligation)
        {
            return held.AmountRub;
        }

        var (after, toPayments, toPenalties) = obligation.Pay(held.AmountRub, calledOn, penalties, interest);
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, calledOn, ct);
        return toPayments + toPenalties + (after.InterestPaidRub - obligation.InterestPaidRub);
    }

    /// <summary>
    /// Art. 337(2): none for a declaration or operation an officer waived the security of (decided on or before today at the
    /// reservation's office). Arts. 337(2), 338(1) for a declaration Payments assessed (its obligation locked, so reservations of one declaration
    /// on several securities take turns): not above what it owes, and none where it owes under the amount of 337(2) in force
    /// today at the reservation's office. A declaration Payments holds no assessment of (a transit, a kind it does not
    /// assess) is reserved at the officer's amount (338(2): from the information at the customs authorities' disposal).
    /// </summary>
    private async Task EnsureReservationAmountAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Security security, Reservation wanted, CancellationToken ct)
    {
        var today = TodayAt(clock, wanted.OfficeCode);
        if (await waivers.InForceAsync(connection, transaction, wanted.DeclarationId, wanted.OperationReference, today, ct) is { } waiver)
        {
            throw new RuleViolationException(PaymentErrors.SecurityNotRequired,
                $"Customs office {waiver.OfficeCode} waived the security of declaration {waiver.DeclarationId} on {waiver.DecidedOn:yyyy-MM-dd} ({waiver.Reference}): none is required.",
                "Art. 337(2)");
        }

        if (await obligations.LockAsync(connection, transaction, wanted.DeclarationId, ct) is not { } obligation)
        {
            return;
        }

        var requiredFrom = ReferenceBook.Require(book.SecurityRequiredFromRub, today);
        var held = await store.HeldForDeclarationAsync(connection, transaction, wanted.DeclarationId, ct);
        ReservationRules.EnsureAmount(security.Purpose, ReservationRules.PayableRub(obligation, interest), held, wanted.AmountRub, requiredFrom.Value);
    }

    /// <summary>
    /// Art. 342(1): a bank guarantee only from an organisation in the register on the day of acceptance, within the limits of
    /// 342(4) over all its guarantees in force; one acceptance per guarantor at a time. Art. 347(2): an insurance contract only
    /// from an insurer in the register of insurers that day.
    /// </summary>
    private async Task EnsureGuarantorAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Security security, CancellationToken ct)
    {
        if (security.Guarantor.Length == 0)
        {
            throw new RequestValidationException([new("guarantor_taxpayer_number", "is required for a bank guarantee or an insurance contract (Arts. 342, 347)")]);
        }

        if (security.Method == SecurityMethod.Insurance)
        {
            // Art. 347(2): "insurance contracts concluded with the insurance companies included into the Register of Insurance
            // Organisations whose insurance contracts may be accepted", a register of its own (its terms are outside the Code).
            _ = await insurers.EntryOnAsync(connection, transaction, security.Guarantor, security.AcceptedOn, ct)
                ?? throw new RuleViolationException(PaymentErrors.NotInInsuranceRegister,
                    $"{security.Guarantor} is not in the register of insurers of Art. 347(2) on {security.AcceptedOn:yyyy-MM-dd}.", "Art. 347(2)");
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtext('guarantor:' || @Guarantor))",
            new { security.Guarantor }, transaction, cancellationToken: ct));
        var entry = await guarantors.EntryOnAsync(connection, transaction, security.Guarantor, security.AcceptedOn, lockIt: false, ct)
            ?? throw new RuleViolationException(PaymentErrors.NotInRegister,
                $"{security.Guarantor} is not in the register of banks and insurers on {security.AcceptedOn:yyyy-MM-dd}.", "Art. 342(1)");
        RegisterRules.EnsureWithinLimits(security.AmountRub, entry.Limits, await guarantors.OutstandingAsync(connection, transaction, security.Guarantor, ct));
    }

    /// <summary>A day is not after today at the office that accepted the security or holds the reservation (its own time zone).</summary>
    public static void EnsureNotLaterThanTodayAt(TimeProvider clock, string officeCode, DateOnly date, string field)
    {
        var today = TodayAt(clock, officeCode);
        if (date > today)
        {
            throw new RequestValidationException([new(field, $"cannot be later than today at customs office {officeCode} ({today:yyyy-MM-dd})")]);
        }
    }

    /// <summary>Today at a customs office (its own time zone; an office the data do not know: Moscow's).</summary>
    public static DateOnly TodayAt(TimeProvider clock, string officeCode) =>
        OfficeTimeZones.Default.TryZoneOf(officeCode) is null ? clock.MoscowToday() : OfficeTimeZones.Default.TodayAt(officeCode, clock);

    /// <summary>The instant a day begins at a customs office (an office the data do not know: Moscow's).</summary>
    public static DateTimeOffset StartOfDayAt(string officeCode, DateOnly day) => (OfficeTimeZones.Default.TryZoneOf(officeCode) is null
        ? OfficeTime.StartOf(day, OfficeTime.Moscow)
        : OfficeTimeZones.Default.StartOf(officeCode, day)).ToUniversalTime();

    private static (Security, bool) Repeated(Security booked, Security asked) => booked.SameContent(asked)
        ? (booked, false)
        : throw new AlreadyExistsException(PaymentErrors.SecurityReferenceReused, "This security_reference is booked already with other content.");

    private static NotFoundException NoSecurity(Guid id) => new(PaymentErrors.SecurityNotFound, $"No security {id}.");
}
