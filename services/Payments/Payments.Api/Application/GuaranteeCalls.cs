using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Securities;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Calling a bank guarantee, surety or insurance contract (Arts. 342(3), 346, 347, 349(3)): a demand to the guarantor once
/// per reference, and its payments once per reference, each settling the secured obligation; the security row is locked
/// first (as reservations lock it), then the obligation, so a call, a payment and a reservation's end are one at a time.
/// </summary>
public sealed class GuaranteeCalls(
    NpgsqlDataSource db, SecurityStore securities, GuarantorDemandStore demands, ObligationStore obligations, PenaltyCalculator penalties,
    InterestCalculator interest, WorkingCalendars calendars, IOutbox outbox, TimeProvider clock)
{
    /// <summary>Lodges a demand; answers it, whether it was created now, and whether it is overdue today at the reservation's office.</summary>
    public async Task<(GuarantorDemand Demand, bool Created, bool Overdue)> CallAsync(
        Guid securityId, string operationReference, string reference, DateOnly dispatchedOn, DemandDelivery delivery, int workingDaysToMeet, string issuedBy,
        CancellationToken ct)
    {
        var term = GuaranteeCallRules.Term(dispatchedOn, delivery, workingDaysToMeet, calendars.Russia);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var security = await securities.LockAsync(connection, transaction, securityId, ct) ?? throw NoSecurity(securityId);
        var reservation = await securities.ReservationAsync(connection, transaction, securityId, operationReference, ct)
            ?? throw new NotFoundException(PaymentErrors.ReservationNotFound, $"No reservation {operationReference} on security {securityId}.");
        var today = Securities.TodayAt(clock, reservation.OfficeCode);
        if (await demands.ByReferenceAsync(connection, transaction, reference, ct) is { } booked)
        {
            return booked.SameRequest(securityId, operationReference, dispatchedOn) && booked.Term == term
                ? (booked, false, booked.OverdueOn(today))
                : throw new AlreadyExistsException(PaymentErrors.DemandReferenceReused, "This demand_reference was applied already with other content.");
        }

        Securities.EnsureNotLaterThanTodayAt(clock, reservation.OfficeCode, dispatchedOn, "dispatched_on");
        if (await demands.ForReservationAsync(connection, transaction, securityId, operationReference, ct) is { } lodged)
        {
            throw new AlreadyExistsException(PaymentErrors.GuarantorDemandExists, $"Demand {lodged.Reference} was lodged for this reservation on {lodged.DispatchedOn:yyyy-MM-dd}.");
        }

        var obligation = await obligations.LockAsync(connection, transaction, reservation.DeclarationId, ct)
            ?? throw new RuleViolationException(PaymentErrors.AssessmentNotFound,
                $"Declaration {reservation.DeclarationId} has no assessment here: what the guarantor owes cannot be established.", "Art. 349(3)");
        var now = clock.GetStoredNow();
        var demand = GuaranteeCallRules.Demand(Guid.CreateVersion7(now), reference, security, reservation, obligation, dispatchedOn, now, penalties, interest) with { Term = term };
        // Art. 350(4): overdue once the day after the last day to meet it begins at the reservation's office.
        await demands.InsertAsync(connection, transaction, demand, issuedBy, Securities.StartOfDayAt(reservation.OfficeCode, term.MeetBy.AddDays(1)), ct);
        await outbox.EnqueueAsync(connection, transaction, new GuarantorDemandIssued
        {
            DemandId = demand.Id, SecurityId = securityId, Method = EnumCodes.Of(security.Method), GuarantorTaxpayerNumber = security.Guarantor,
            OperationReference = operationReference, DeclarationId = demand.DeclarationId, DutiesRub = demand.DutiesRub, InterestRub = demand.InterestRub, PenaltiesRub = demand.PenaltiesRub,
            AmountRub = demand.AmountRub, DispatchedOn = dispatchedOn, LastPenaltyDay = demand.LastPenaltyDay, MeetBy = term.MeetBy,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return (demand, true, demand.OverdueOn(today));
    }

    /// <summary>A demand and whether it is overdue today at the office of the reservation it calls (350(4)).</summary>
    public async Task<(GuarantorDemand Demand, bool Overdue)> GetAsync(Guid demandId, CancellationToken ct)
    {
        var (demand, office) = await demands.GetWithOfficeAsync(demandId, ct) ?? throw NoDemand(demandId);
        return (demand, demand.OverdueOn(Securities.TodayAt(clock, office)));
    }

    /// <summary>Books a guarantor's payment; answers the demand after it, and whether it is still overdue today at the reservation's office.</summary>
    public async Task<(GuarantorDemand Demand, GuarantorPayment Payment, bool Booked, bool Overdue)> PayAsync(
        Guid demandId, string reference, decimal amountRub, DateOnly paidOn, string bookedBy, Func<GuarantorDemand, bool> mayPay, CancellationToken ct)
    {
        var asked = await demands.GetAsync(demandId, ct) ?? throw NoDemand(demandId);
        if (!mayPay(asked))
        {
            throw new PermissionDeniedException(PaymentErrors.NotThePayersAccount, "A guarantor pays its own demands only.", "Art. 349(3)");
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var security = await securities.LockAsync(connection, transaction, asked.SecurityId, ct) ?? throw NoSecurity(asked.SecurityId);
        var demand = (await demands.GetAsync(connection, transaction, demandId, ct))!;
        var reservation = (await securities.ReservationAsync(connection, transaction, security.Id, demand.OperationReference, ct))!;
        var today = Securities.TodayAt(clock, reservation.OfficeCode);
        if (await demands.PaymentAsync(connection, transaction, reference, ct) is { } booked)
        {
            return booked.SameRequest(demandId, amountRub, paidOn)
                ? (demand, booked, false, demand.OverdueOn(today))
                : throw new AlreadyExistsException(PaymentErrors.PaymentReferenceReused, "This payment_reference is booked already with another demand, amount or day.");
        }

        Securities.EnsureNotLaterThanTodayAt(clock, reservation.OfficeCode, paidOn, "paid_on");
        var obligation = (await obligations.LockAsync(connection, transaction, demand.DeclarationId, ct))!;
        var (after, payment) = GuaranteeCallRules.Pay(demand, obligation, reference, amountRub, paidOn, penalties, interest);
        var demandAfter = GuaranteeCallRules.After(demand, payment, after);
        var now = clock.GetStoredNow();
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, paidOn, ct);
        await demands.BookAsync(connection, transaction, payment, demandAfter, bookedBy, now, ct);
        await outbox.EnqueueAsync(connection, transaction, new GuarantorPaid
        {
            DemandId = demandId, PaymentReference = reference, GuarantorTaxpayerNumber = demand.Guarantor, DeclarationId = demand.DeclarationId,
            AmountRub = amountRub, ToPaymentsRub = payment.ToPaymentsRub, ToPenaltiesRub = payment.ToPenaltiesRub, ToInterestRub = payment.ToInterestRub, PaidOn = paidOn,
            PaidLate = demand.PaidLate(paidOn),
            DemandMet = demandAfter.Status == GuarantorDemandStatus.Met,
        }, cancellationToken: ct);
        if (demandAfter.Status == GuarantorDemandStatus.Met)
        {
            // What the guarantor paid left the guarantee for the budget; the rest of the reservation is available again.
            await securities.EndAsync(connection, transaction, security.Id, reservation, ReservationStatus.Called, demandAfter.PaidRub, paidOn, bookedBy, now, ct);
            await outbox.EnqueueAsync(connection, transaction, new SecurityCalled
            {
                SecurityId = security.Id, Method = EnumCodes.Of(security.Method), GuarantorTaxpayerNumber = security.Guarantor,
                OperationReference = demand.OperationReference, DeclarationId = demand.DeclarationId, AmountRub = demandAfter.PaidRub, CalledOn = paidOn,
            }, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        return (demandAfter, payment, true, demandAfter.OverdueOn(today));
    }

    private static NotFoundException NoSecurity(Guid id) => new(PaymentErrors.SecurityNotFound, $"No security {id}.");

    private static NotFoundException NoDemand(Guid id) => new(PaymentErrors.GuarantorDemandNotFound, $"No demand to a guarantor {id}.");
}
