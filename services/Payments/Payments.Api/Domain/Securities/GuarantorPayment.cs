namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// A guarantor's payment against its demand, booked once per reference: what it paid of the obligation's duties and of its
/// penalties (349(7): duties first), and what the obligation no longer owed (the guarantor's to have back, Art. 355).
/// </summary>
public sealed record GuarantorPayment(string Reference, Guid DemandId, decimal AmountRub, DateOnly PaidOn, decimal ToPaymentsRub, decimal ToPenaltiesRub)
{
    public decimal ExcessRub => AmountRub - ToPaymentsRub - ToPenaltiesRub;

    public bool SameRequest(Guid demandId, decimal amountRub, DateOnly paidOn) => demandId == DemandId && amountRub == AmountRub && paidOn == PaidOn;
}
