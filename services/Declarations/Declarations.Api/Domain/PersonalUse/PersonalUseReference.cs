namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>What the Payments service answered for one day: the memo's allowances and the central bank rates in force.</summary>
public sealed record PersonalUseReference(DateOnly On, MemoAllowances Allowances, IExchangeRates Rates)
{
    /// <summary>The export tariff's lines in force on the day; read only for an export of goods for personal use.</summary>
    public ExportDutyLines? ExportDuty { get; init; }
}
