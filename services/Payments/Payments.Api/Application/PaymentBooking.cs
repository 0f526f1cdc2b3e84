using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// Money in (Art. 330: an advance, the payer's until directed; booked once per payment reference) and money directed
/// to a declaration (Art. 330(3); met when the instruction is received, Art. 332[4]), each with its event in one transaction.
/// </summary>
public sealed class PaymentBooking(
    NpgsqlDataSource db, AccountStore accounts, ObligationStore obligations, PenaltyCalculator penalties, InterestCalculator interest, IOutbox outbox,
    TimeProvider clock)
{
    public async Task<bool> RecordAsync(AccountEntry payment, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await accounts.TryCreditAsync(connection, transaction, payment, clock.GetStoredNow(), ct))
        {
            var booked = await accounts.PaymentAsync(connection, transaction, payment.PaymentReference!, ct);
            if (booked is null || booked.TaxpayerNumber != payment.TaxpayerNumber || booked.AmountRub != payment.AmountRub || booked.OnDate != payment.OnDate)
            {
                throw new AlreadyExistsException(PaymentErrors.PaymentReferenceReused,
                    "This payment_reference is booked already with another payer, amount or day.");
            }

            return false;
        }

        await outbox.EnqueueAsync(connection, transaction, new PaymentReceived
        {
            PaymentReference = payment.PaymentReference!, PayerTaxpayerNumber = payment.TaxpayerNumber, AmountRub = payment.AmountRub, PaidOn = payment.OnDate,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<(Receipt Receipt, Obligation Obligation)> DirectAsync(string declarationId, string payer, decimal amountRub, CancellationToken ct)
    {
        var now = clock.GetStoredNow();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        var today = obligation.Today(clock);
        var balance = await accounts.LockBalanceAsync(connection, transaction, payer, ct);
        if (balance < amountRub)
        {
            throw new RuleViolationException(PaymentErrors.InsufficientAdvance,
                $"The payer's advances ({balance:0.00} RUB) do not cover {amountRub:0.00} RUB.", "Art. 330(3)");
        }

        var (after, toPayments, toPenalties) = obligation.Pay(amountRub, today, penalties, interest);
        var toInterest = after.InterestPaidRub - obligation.InterestPaidRub;
        if (toPayments + toPenalties + toInterest == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {declarationId} owes nothing.", "Art. 332");
        }

        var number = await accounts.DebitAsync(connection, transaction, payer, declarationId, toPayments + toInterest + toPenalties, today, now, ct);
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, today, ct);

        await transaction.CommitAsync(ct);
        return (new Receipt(number, declarationId, payer, toPayments, toPenalties, today, now) { ToInterestRub = toInterest }, after);
    }

    public Task<(decimal Balance, IReadOnlyList<AccountEntry> Entries)> AccountAsync(string taxpayerNumber, CancellationToken ct) =>
        accounts.ReadAsync(taxpayerNumber, ct);

    /// <summary>Art. 349(5): a period of the goods' temporary storage, whose days the penalty leaves out from now on.</summary>
    public async Task<Obligation> RecordTemporaryStorageAsync(string declarationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        obligation.EnsureNotAfterToday(to, "period.to", clock);
        var after = obligation.WithTemporaryStorage(from, to);
        await obligations.SaveAsync(connection, transaction, after, clock.GetStoredNow(), ct);
        await transaction.CommitAsync(ct);
        return after;
    }

    /// <summary>The obligation, and the penalty and the interest of a deferral not charged yet up to a day (today at its office).</summary>
    public async Task<(Obligation Obligation, Penalty ToDate, Domain.Interest.Interest InterestToDate)> ObligationAsync(string declarationId, DateOnly? on, CancellationToken ct)
    {
        var obligation = await obligations.GetAsync(declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        var day = on ?? obligation.Today(clock);
        return (obligation, obligation.PenaltyTo(day, penalties), obligation.InterestTo(day, interest));
    }
}
