using Customs.BuildingBlocks.Amounts;
using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>Cash deposits (Arts. 345, 353, 357): the currency paid, the receipt, the refunding office, and collection of arrears from them.</summary>
public static class CashDepositRules
{
    /// <summary>
    /// Art. 345(1): a deposit "may be effected using the legal tender of the Russian Federation or foreign currency whose
    /// exchange rate is quoted by the Central Bank"; its rouble equivalent (the limit its reservations share) at the rate in
    /// force on the day it is accepted, rounded once to kopecks. A currency without a rate that day is refused (EXCHANGE_RATE_NOT_SET).
    /// </summary>
    public static decimal InRoubles(decimal amount, string currency, RateTable rates) =>
        currency == "RUB" ? amount : MinorUnits.Round(amount * rates.Of(currency).PerUnit);

    /// <summary>
    /// Art. 357(3): refunded "in the same currency as the cash payment", and 357(6): "the amounts shall not be indexed": the
    /// share of what was paid that the refund is of the deposit's rouble equivalent, in the currency paid (the whole deposit
    /// comes back exactly as paid); no rate of the day of refund is used.
    /// </summary>
    public static decimal RefundAsPaid(Security deposit, decimal refundRub) =>
        refundRub == deposit.AmountRub ? deposit.DepositAmount : MinorUnits.Round(deposit.DepositAmount * refundRub / deposit.AmountRub);

    /// <summary>
    /// Art. 357(2): refunded "by the same customs office to whose account said amount was credited or to whose cashier's desk
    /// it was disbursed, or by the customs office where the customs procedure declared by the payer is completed provided its
    /// fulfilment has been secured by the cash deposit" (an office whose reservation of it was released: its procedure completed).
    /// </summary>
    public static void EnsureRefundingOffice(Security deposit, string officeCode, IReadOnlyCollection<string> officesCompleted)
    {
        if (officeCode != deposit.OfficeCode && !officesCompleted.Contains(officeCode))
        {
            throw new RuleViolationException(PaymentErrors.NotRefundingOffice,
                $"The deposit is refunded by {deposit.OfficeCode}, which received it, or by an office where a procedure it secured was completed"
                + (officesCompleted.Count == 0 ? "" : $" ({string.Join(", ", officesCompleted.Order())})") + $"; not by {officeCode}.", "Art. 357(2)");
        }
    }

    /// <summary>Art. 357(3): refunded "upon the submission of the pertinent customs receipt (Item 5 of Article 345)".</summary>
    public static void EnsureReceipt(Security deposit, string submitted)
    {
        if (submitted.Length == 0)
        {
            throw new RuleViolationException(PaymentErrors.ReceiptRequired, "A cash deposit is refunded on the customs receipt: its number is required.", "Art. 357(3)");
        }

        if (!string.Equals(submitted, deposit.ReceiptNumber, StringComparison.OrdinalIgnoreCase))
        {
            throw new RuleViolationException(PaymentErrors.ReceiptMismatch, $"Receipt {submitted} is not the receipt of this deposit.", "Art. 357(3)");
        }
    }

    /// <summary>
    /// Arts. 353(1), (2), 357(5): the payer's arrears on a declaration collected from its cash deposit once a demand naming
    /// them was not met in its term: what the deposit still holds free of reservations (the part a refund kept for the arrears,
    /// or a deposit in force), at most what the declaration owes on the day (duties past their terms, the interest, the
    /// penalties charged to the day, 349(2)); paid as any payment (duties, interest, penalties; 336(2), 349(7)); the
    /// payer notified "within one working day following the date of said collection".
    /// </summary>
    public static (Obligation After, DepositCollection Collection) Collect(
        Security deposit, Obligation obligation, string payer, DateOnly demandMeetBy, DateOnly collectedOn, PenaltyCalculator penalties, InterestCalculator interest,
        WorkingCalendar russia)
    {
        if (deposit.Method != SecurityMethod.CashDeposit)
        {
            throw new RuleViolationException(PaymentErrors.NotACashDeposit, "Only a cash deposit is collected from for the payer's arrears.", "Art. 353(1)");
        }

        if (payer != deposit.Principal)
        {
            throw new RuleViolationException(PaymentErrors.NotThePrincipalsDeclaration,
                $"Declaration {obligation.DeclarationId} is not payable by {deposit.Principal}, whose deposit this is.", "Art. 353(1)");
        }

        if (collectedOn <= demandMeetBy)
        {
            throw new RuleViolationException(PaymentErrors.DemandNotExpired, $"The demand may be met until {demandMeetBy:yyyy-MM-dd}.", "Arts. 350(6), 353(1)");
        }

        if (deposit.AvailableRub <= 0)
        {
            throw new RuleViolationException(PaymentErrors.DepositExhausted, "Nothing of the deposit is left free of reservations.", "Art. 353(1)");
        }

        var charged = obligation.ChargedTo(collectedOn, penalties, interest);
        var owed = charged.ArrearsOn(collectedOn.AddDays(1)) + charged.InterestOutstandingRub + charged.PenaltyOutstandingRub;
        if (owed <= 0)
        {
            throw new RuleViolationException(PaymentErrors.NothingOwed, $"Declaration {obligation.DeclarationId} has no arrears on {collectedOn:yyyy-MM-dd}.", "Art. 357(5)");
        }

        var amount = Math.Min(deposit.AvailableRub, owed);
        var (after, toPayments, toPenalties) = obligation.Pay(amount, collectedOn, penalties, interest);
        return (after, new DepositCollection(amount, toPayments, after.InterestPaidRub - obligation.InterestPaidRub, toPenalties, russia.AddWorkingDays(collectedOn, 1)));
    }
}
