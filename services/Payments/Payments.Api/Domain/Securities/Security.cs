namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A security accepted by a customs office (Art. 340): its amount is the limit its reservations share; a general one
/// (337(3)) serves operations in any customs office.
/// </summary>
public sealed record Security(
    Guid Id, string Reference, SecurityMethod Method, string Principal, string Guarantor, bool General, string OfficeCode, DateOnly AcceptedOn,
    decimal AmountRub, decimal ReservedRub, decimal CalledRub, bool InForce, string ReceiptNumber)
{
    /// <summary>What no reservation holds, nothing called, nothing refunded: for a cash deposit, what it still holds free (collectable, 353(1), 357(5)).</summary>
    public decimal AvailableRub => AmountRub - ReservedRub - CalledRub - RefundedRub;

    /// <summary>Operations (337(1)) or a customs-related activity (339(1)).</summary>
    public SecurityPurpose Purpose { get; init; } = SecurityPurpose.Operations;

    /// <summary>Art. 339(2): an open-type warehouse's useful open area (m²) and room volume (m³); zero otherwise.</summary>
    public decimal OpenAreaSquareMetres { get; init; }

    public decimal RoomVolumeCubicMetres { get; init; }

    /// <summary>Art. 345(1): a cash deposit's currency as paid (RUB or one the central bank quotes); RUB for other methods.</summary>
    public string DepositCurrency { get; init; } = "RUB";

    /// <summary>A cash deposit as paid, in <see cref="DepositCurrency"/>; its rouble equivalent on the day of acceptance is <see cref="AmountRub"/>.</summary>
    public decimal DepositAmount { get; init; }

    /// <summary>What of a cash deposit was paid back (357).</summary>
    public decimal RefundedRub { get; init; }

    /// <summary>Art. 341: the property a pledge mortgages; null for other methods (and pledges accepted before it was recorded).</summary>
    public PledgedProperty? Pledged { get; init; }

    public bool SameContent(Security other) =>
        other.Reference == Reference && other.Method == Method && other.Principal == Principal && other.Guarantor == Guarantor && other.General == General
        && other.OfficeCode == OfficeCode && other.AcceptedOn == AcceptedOn && other.AmountRub == AmountRub && other.Purpose == Purpose
        && other.DepositCurrency == DepositCurrency && other.DepositAmount == DepositAmount
        && other.OpenAreaSquareMetres == OpenAreaSquareMetres && other.RoomVolumeCubicMetres == RoomVolumeCubicMetres && other.Pledged == Pledged;
}
