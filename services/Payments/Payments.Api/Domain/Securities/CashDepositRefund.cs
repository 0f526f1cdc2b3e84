namespace Customs.Payments.Api.Domain.Securities;

/// <summary>
/// What of a cash deposit goes back (Art. 357): the deposit as paid, without interest or indexation (345(2), 357(6)), less
/// the payer's arrears customs may collect from it (357(5)); asked for within three years (357(1)).
/// </summary>
public sealed record CashDepositRefund(decimal RefundRub, decimal KeptForArrearsRub, DateOnly AskBy);
