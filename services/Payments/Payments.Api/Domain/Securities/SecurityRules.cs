using Customs.BuildingBlocks.Data;
using Customs.Payments.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>When security is required and how much (Arts. 337-339), and what a security can hold (337(3)).</summary>
public static class SecurityRules
{
    /// <summary>Art. 337(2): security is not required when duties, taxes, penalties and interest due are under the threshold in force.</summary>
    public static bool IsRequired(decimal dueRub, decimal requiredFromRub) => dueRub >= requiredFromRub;

    /// <summary>
    /// Art. 338(1): the security is the duties and interest payable on release for free circulation (or export) and "may not
    /// exceed" them; 338(2): where information is missing, from the highest rates, values and quantities customs can
    /// establish (the caller passes that assessment as <paramref name="dutiesAndInterestRub"/>).
    /// </summary>
    public static decimal Amount(decimal dutiesAndInterestRub, decimal? fixedAmountRub = null) =>
        fixedAmountRub is { } fixedAmount ? Math.Min(fixedAmount, dutiesAndInterestRub) : dutiesAndInterestRub;

    /// <summary>Art. 338(3) (the case of Art. 153(3)): the difference between what may be levied additionally and what was paid.</summary>
    public static decimal AdditionalAmount(decimal mayBeLeviedRub, decimal paidRub) => Math.Max(0m, mayBeLeviedRub - paidRub);

    /// <summary>
    /// Art. 339(2): the least security of a customs broker, a customs carrier, or the owner of a temporary-storage or bonded
    /// warehouse (the base, plus so much per m² of open area and per m³ of room volume of an open-type one); none for operations.
    /// </summary>
    public static decimal Minimum(SecurityPurpose purpose, ActivitySecurityMinima minima, decimal openAreaSquareMetres, decimal roomVolumeCubicMetres) => purpose switch
    {
        SecurityPurpose.CustomsBroker => minima.CustomsBrokerRub,
        SecurityPurpose.CustomsCarrier => minima.CustomsCarrierRub,
        SecurityPurpose.TemporaryStorageWarehouse or SecurityPurpose.BondedWarehouse =>
            minima.WarehouseBaseRub + minima.OpenAreaPerSquareMetreRub * openAreaSquareMetres + minima.RoomVolumePerCubicMetreRub * roomVolumeCubicMetres,
        _ => 0m,
    };

    /// <summary>
    /// At acceptance, with the values in force on the day it is accepted: a security for operations is not taken when it
    /// secures less than the amount from which security is required (337(2)); a broker's, carrier's or warehouse owner's not
    /// below the least of 339(2). Each refusal names the article the value comes from.
    /// </summary>
    public static void EnsureAmountAllowed(Security security, ReferenceBook book)
    {
        if (security.Purpose is SecurityPurpose.Operations or SecurityPurpose.Unspecified)
        {
            var requiredFrom = ReferenceBook.Require(book.SecurityRequiredFromRub, security.AcceptedOn);
            if (!IsRequired(security.AmountRub, requiredFrom.Value))
            {
                throw new RuleViolationException(PaymentErrors.SecurityNotRequired,
                    $"A security of {security.AmountRub:0.00} RUB secures less than {requiredFrom.Value:0.00} RUB of duties, taxes, penalties and interest: none is required.",
                    requiredFrom.Reference.Article);
            }

            return;
        }

        var minima = ReferenceBook.Require(book.ActivitySecurityMinima, security.AcceptedOn);
        var least = Minimum(security.Purpose, minima.Value, security.OpenAreaSquareMetres, security.RoomVolumeCubicMetres);
        if (security.AmountRub < least)
        {
            throw new RuleViolationException(PaymentErrors.BelowSecurityMinimum,
                $"The security of a {EnumCodes.Of(security.Purpose).Replace('_', ' ')} is at least {least:0.00} RUB.", minima.Reference.Article);
        }
    }

    /// <summary>
    /// Art. 357: a cash deposit is refunded "after the payer's obligations secured by the cash deposit have been fulfilled"
    /// on a request "within three years from the day following after the date of fulfilment" (357(1)); interest is not
    /// charged nor the amount indexed (345(2), 357(6)); it is "not refunded if the payer has arrears ... in the amount
    /// equivalent to that of the arrears", which customs may collect from it (357(5)).
    /// </summary>
    public static CashDepositRefund RefundCashDeposit(decimal depositRub, decimal heldRub, decimal arrearsRub, DateOnly fulfilledOn, DateOnly askedOn)
    {
        if (heldRub > 0)
        {
            throw new RuleViolationException(PaymentErrors.SecurityStillHeld,
                $"{heldRub:0.00} RUB of the deposit still secures operations not yet fulfilled.", "Art. 357(1)");
        }

        // "within three years from the day following after the date of fulfilment": the day after, plus three years, less a day.
        var askBy = fulfilledOn.AddDays(1).AddYears(3).AddDays(-1);
        if (askedOn > askBy)
        {
            throw new RuleViolationException(PaymentErrors.RefundTimeBarred,
                $"The obligations were fulfilled on {fulfilledOn:yyyy-MM-dd}: the deposit could be asked back until {askBy:yyyy-MM-dd}.", "Art. 357(1)");
        }

        var kept = Math.Min(depositRub, Math.Max(0m, arrearsRub));
        return new CashDepositRefund(depositRub - kept, kept, askBy);
    }

    /// <summary>
    /// What a reservation may take: the security is in force, serves the caller's office (a general one any office, 337(3);
    /// another the office that accepted it) and has the amount available.
    /// </summary>
    public static void EnsureReservable(Security security, string officeCode, decimal amountRub)
    {
        if (!security.InForce)
        {
            throw new RuleViolationException(PaymentErrors.SecurityNotInForce, "The security is no longer in force.", "Art. 337(5)");
        }

        if (!security.General && security.OfficeCode != officeCode)
        {
            throw new RuleViolationException(PaymentErrors.SecurityNotGeneral,
                $"Only a general guarantee serves operations in several customs offices; this one was accepted by {security.OfficeCode}.", "Art. 337(3)");
        }

        if (amountRub > security.AvailableRub)
        {
            throw new RuleViolationException(PaymentErrors.SecurityLimitExceeded,
                $"The security has {security.AvailableRub:0.00} RUB available of {security.AmountRub:0.00} RUB.", "Art. 337(3)");
        }
    }
}
