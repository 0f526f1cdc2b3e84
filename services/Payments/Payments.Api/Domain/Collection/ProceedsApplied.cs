namespace Customs.Payments.Api.Domain.Collection;

/// <summary>
/// What the proceeds paid on the declaration: the duties and taxes past their terms first, the interest of Art. 336 next,
/// the penalties after (349(7)), the parts not yet due with the rest; <see cref="ExcessRub"/> is more than the declaration
/// owed, collected in excess (Art. 355(1)) and returned on the payer's request (355(2)).
/// </summary>
public sealed record ProceedsApplied(decimal ToPaymentsRub, decimal ToInterestRub, decimal ToPenaltiesRub, decimal ExcessRub);
