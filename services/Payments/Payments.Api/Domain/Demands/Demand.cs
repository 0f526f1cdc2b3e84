namespace Customs.Payments.Api.Domain.Demands;

/// <summary>
/// A demand for payment (Art. 350(2)): the payments, penalties and interest of Art. 336 owed as of its date, when it counts as received, the
/// day by which it must be met, and whether it went out later than 10 days after the non-payment was discovered (350(3)).
/// </summary>
public sealed record Demand(
    string DeclarationId, DateOnly DispatchedOn, DemandDelivery Delivery, DateOnly ReceivedOn, DateOnly MeetBy, bool MeetByProvisional,
    decimal PaymentsRub, decimal PenaltiesRub, DateOnly DiscoveredOn, bool DispatchedLate)
{
    /// <summary>Art. 350(2): "the interest accrued to the dutiable payments as per the day of issuance" (Art. 336), unpaid.</summary>
    public decimal InterestRub { get; init; }
}
