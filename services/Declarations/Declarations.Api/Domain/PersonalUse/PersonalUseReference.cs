namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>What the Payments service answered for one day: the memo's allowances and the central bank rates in force.</summary>
public sealed record PersonalUseReference(DateOnly On, MemoAllowances Allowances, IExchangeRates Rates);
