namespace Customs.Payments.Contracts;

/// <summary>
/// A payer's arrears on a declaration collected from its cash deposit (Arts. 353(1), (2), 357(5)) on a resolution of the
/// head of the office or a deputy; the payer is notified in writing by <see cref="NoticeBy"/> (one working day).
/// </summary>
public sealed record CashDepositCollected
{
    public required Guid SecurityId { get; init; }

    public required string CollectionReference { get; init; }

    public required string PrincipalTaxpayerNumber { get; init; }

    public required string DeclarationId { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal ToPaymentsRub { get; init; }

    public required decimal ToInterestRub { get; init; }

    public required decimal ToPenaltiesRub { get; init; }

    public required DateOnly CollectedOn { get; init; }

    public required DateOnly NoticeBy { get; init; }
}
