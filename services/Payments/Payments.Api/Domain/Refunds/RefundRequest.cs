namespace Customs.Payments.Api.Domain.Refunds;

/// <summary>
/// The payer's written request (Art. 355(2), 356(2)): the amount, the day it was paid or collected (355) or the day the
/// circumstances of 356(1) occurred, when it was submitted and when its documents were complete (the month of 355(4) runs
/// from then), and whether the payer is a natural person (355(9): no 150-rouble floor).
/// </summary>
public sealed record RefundRequest(
    string Reference, string DeclarationId, string Payer, RefundGround Ground, decimal AmountRub, DateOnly PaidOn, DateOnly SubmittedOn,
    DateOnly CompleteOn, bool NaturalPerson, DateOnly RefundBy)
{
    public bool IsExcess => Ground is RefundGround.Overpaid or RefundGround.OverCollected;

    /// <summary>Art. 355(5): the refund "shall be made to the account specified in the payer's request"; none on requests before migration 0019.</summary>
    public RefundAccount? Account { get; init; }
}
