namespace Customs.Payments.Api.Domain.Securities;

/// <summary>Part of a security held for one operation: an office's declaration (Art. 337(3)).</summary>
public sealed record Reservation(
    string OperationReference, string OfficeCode, string DeclarationId, decimal AmountRub, ReservationStatus Status, DateTimeOffset ReservedAt, DateOnly? EndedOn)
{
    public bool SameOperation(Reservation other) =>
        other.OperationReference == OperationReference && other.OfficeCode == OfficeCode && other.DeclarationId == DeclarationId && other.AmountRub == AmountRub;
}
