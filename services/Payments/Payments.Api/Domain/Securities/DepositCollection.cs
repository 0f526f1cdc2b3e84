namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// What a collection from a cash deposit took (Arts. 353(2), 357(5)) and how it paid the declaration (duties, interest,
/// penalties), and the day the payer's written notice is due by (the next working day).
/// </summary>
public sealed record DepositCollection(decimal AmountRub, decimal ToPaymentsRub, decimal ToInterestRub, decimal ToPenaltiesRub, DateOnly NoticeBy);
