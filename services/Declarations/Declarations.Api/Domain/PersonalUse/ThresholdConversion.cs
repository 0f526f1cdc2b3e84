namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>A conversion a memo threshold decision used: for which case and, for goods, which item.</summary>
public sealed record ThresholdConversion(int MemoCase, int? ItemNumber, CurrencyConversion Conversion);
