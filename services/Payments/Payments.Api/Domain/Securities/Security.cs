namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A security accepted by a customs office (Art. 340): its amount is the limit its reservations share; a general one
/// (337(3)) serves operations in any customs office.
/// </summary>
public sealed record Security(
    Guid Id, string Reference, SecurityMethod Method, string Principal, string Guarantor, bool General, string OfficeCode, DateOnly AcceptedOn,
    decimal AmountRub, decimal ReservedRub, decimal CalledRub, bool InForce, string ReceiptNumber)
{
    public decimal AvailableRub => AmountRub - ReservedRub - CalledRub;

    /// <summary>Operations (337(1)) or a customs-related activity (339(1)).</summary>
    public SecurityPurpose Purpose { get; init; } = SecurityPurpose.Operations;

    /// <summary>Art. 339(2): an open-type warehouse's useful open area (m²) and room volume (m³); zero otherwise.</summary>
    public decimal OpenAreaSquareMetres { get; init; }

    public decimal RoomVolumeCubicMetres { get; init; }

    public bool SameContent(Security other) =>
        other.Reference == Reference && other.Method == Method && other.Principal == Principal && other.Guarantor == Guarantor && other.General == General
        && other.OfficeCode == OfficeCode && other.AcceptedOn == AcceptedOn && other.AmountRub == AmountRub && other.Purpose == Purpose
        && other.OpenAreaSquareMetres == OpenAreaSquareMetres && other.RoomVolumeCubicMetres == RoomVolumeCubicMetres;
}
