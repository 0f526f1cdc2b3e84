namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A guarantor's payment against its demand, booked once per reference: what it paid of the obligation's duties, interest and
/// penalties (349(7): duties first), and what the obligation no longer owed (the guarantor's to have back, Art. 355).
/// </summary>
public sealed record GuarantorPayment(string Reference, Guid DemandId, decimal AmountRub, DateOnly PaidOn, decimal ToPaymentsRub, decimal ToPenaltiesRub)
{
    /// <summary>Art. 336(3): what it paid of the interest of a deferral.</summary>
    public decimal ToInterestRub { get; init; }

    public decimal ExcessRub => AmountRub - ToPaymentsRub - ToInterestRub - ToPenaltiesRub;

    public bool SameRequest(Guid demandId, decimal amountRub, DateOnly paidOn) => demandId == DemandId && amountRub == AmountRub && paidOn == PaidOn;
}
