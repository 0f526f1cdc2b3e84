using Customs.BuildingBlocks.Amounts;
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
    NpgsqlDataSource db, AccountStore accounts, ObligationStore obligations, AdvanceRates advanceRates, ExchangeRateStore rates,
    PenaltyCalculator penalties, InterestCalculator interest, IOutbox outbox, TimeProvider clock)
{
    /// <summary>
    /// Books money in. Roubles, or a foreign currency the central bank quotes (Arts. 330(2), 331(2): "in the foreign
    /// currencies whose rate of exchange is quoted by the Central Bank"), kept in that currency until directed.
    /// </summary>
    public async Task<bool> RecordAsync(AccountEntry payment, CancellationToken ct)
    {
        var valueRub = payment.AmountRub ?? 0;
        if (!payment.InRoubles)
        {
            var rate = (await rates.RatesOnAsync(payment.OnDate, [payment.Currency], ct)).Find(payment.Currency)
                ?? throw new RuleViolationException(PaymentErrors.ExchangeRateNotSet,
                    $"The central bank quotes no rate of {payment.Currency} in force on {payment.OnDate:yyyy-MM-dd} (or it is not loaded): "
                    + "a payment is accepted in roubles or in a currency the central bank quotes.", "Art. 331(2)");
            valueRub = MinorUnits.Round(payment.Amount!.Value * rate.PerUnit);
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await accounts.TryCreditAsync(connection, transaction, payment, clock.GetStoredNow(), ct))
        {
            var booked = await accounts.PaymentAsync(connection, transaction, payment.PaymentReference!, ct);
            if (booked is null || booked.TaxpayerNumber != payment.TaxpayerNumber || booked.Currency != payment.Currency
                || booked.AmountInCurrency != payment.AmountInCurrency || booked.OnDate != payment.OnDate)
            {
                throw new AlreadyExistsException(PaymentErrors.PaymentReferenceReused,
                    "This payment_reference is booked already with another payer, amount, currency or day.");
            }

            return false;
        }

        await outbox.EnqueueAsync(connection, transaction, new PaymentReceived
        {
            PaymentReference = payment.PaymentReference!, PayerTaxpayerNumber = payment.TaxpayerNumber, AmountRub = valueRub, PaidOn = payment.OnDate,
            Currency = payment.Currency, Amount = payment.AmountInCurrency,
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Directs advances to a declaration (Art. 330(3)). In a foreign currency (330(2)) the amount is converted at the rate in
    /// force on the day the declaration was accepted (331(3)), and only the cents that pay what it owes are taken.
    /// </summary>
    public async Task<(Receipt Receipt, Obligation Obligation)> DirectAsync(string declarationId, string payer, decimal amount, string currency, CancellationToken ct)
    {
        var conversion = currency == "RUB" ? null : await ConversionAsync(declarationId, amount, currency, ct);
        var amountRub = conversion?.OfferedRub ?? amount;
        var now = clock.GetStoredNow();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var obligation = await obligations.LockAsync(connection, transaction, declarationId, ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        var today = obligation.Today(clock);
        var balance = conversion is null
            ? await accounts.LockBalanceAsync(connection, transaction, payer, ct)
            : await accounts.LockCurrencyBalanceAsync(connection, transaction, payer, currency, ct);
        if (balance < amount)
        {
            throw new RuleViolationException(PaymentErrors.InsufficientAdvance,
                $"The payer's advances ({balance:0.00} {currency}) do not cover {amount:0.00} {currency}.", "Art. 330(3)");
        }

        var (after, toPayments, toPenalties) = obligation.Pay(amountRub, today, penalties, interest);
        var toInterest = after.InterestPaidRub - obligation.InterestPaidRub;
        var paidRub = toPayments + toPenalties + toInterest;
        if (paidRub == 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {declarationId} owes nothing.", "Art. 332");
        }

        var debited = conversion?.DebitFor(paidRub);
        var number = conversion is null
            ? await accounts.DebitAsync(connection, transaction, payer, declarationId, paidRub, today, now, ct)
            : await accounts.DebitCurrencyAsync(connection, transaction, payer, declarationId, debited!.Value, paidRub, conversion.Rate, conversion.AcceptedOn, today, now, ct);
        await obligations.SaveAsync(connection, transaction, after, now, ct);
        await outbox.EnqueueIfSettledAsync(connection, transaction, after, today, ct);

        await transaction.CommitAsync(ct);
        return (new Receipt(number, declarationId, payer, toPayments, toPenalties, today, now)
        {
            ToInterestRub = toInterest,
            FromCurrency = conversion is null ? null : (currency, debited!.Value, conversion.TraceFor(debited.Value)),
        }, after);
    }

    /// <summary>Art. 331(3): the rate of the declaration's acceptance day; refused when that day's rate is not loaded (Art. 326).</summary>
    private async Task<AdvanceConversion> ConversionAsync(string declarationId, decimal amount, string currency, CancellationToken ct)
    {
        var day = await advanceRates.OnAcceptanceDayAsync(declarationId, [currency], ct)
            ?? throw new NotFoundException(PaymentErrors.AssessmentNotFound, $"Declaration {declarationId} has no assessment.");
        return AdvanceRates.Conversion(currency, amount, day)
            ?? throw new RuleViolationException(PaymentErrors.ExchangeRateNotSet,
                $"The central bank's rate of {currency} in force on {day.AcceptedOn:yyyy-MM-dd}, the day the declaration was accepted, is not loaded.", "Art. 331(3)");
    }

    public Task<PayerAccountView> AccountAsync(string taxpayerNumber, CancellationToken ct) =>
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
