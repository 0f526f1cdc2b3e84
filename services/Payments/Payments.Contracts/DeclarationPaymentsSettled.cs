namespace Customs.Payments.Contracts;

/// <summary>Everything a declaration owes, payments and penalties, is paid (Art. 332): release need not wait for money.</summary>
public sealed record DeclarationPaymentsSettled
{
    public required string DeclarationId { get; init; }

    public required decimal PaidRub { get; init; }

    public required decimal PenaltyPaidRub { get; init; }

    public required DateOnly MetOn { get; init; }
}
