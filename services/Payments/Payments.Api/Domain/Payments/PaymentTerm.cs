namespace Customs.Payments.Api.Domain.Payments;

/// <summary>The terms of payment of customs duties and taxes (Art. 329) and the day arrears begin (Art. 349(2)).</summary>
public static class PaymentTerm
{
    /// <summary>Art. 329(1): "not later than within fifteen days from the day said goods were presented".</summary>
    public const int ImportTermDays = 15;

    /// <summary>Art. 329(1): imports, the fifteenth day after the goods were presented.</summary>
    public static DateOnly ForImport(DateOnly goodsPresentedOn) => goodsPresentedOn.AddDays(ImportTermDays);

    /// <summary>Art. 329(2): exports, "not later than on the day of submission of a customs declaration".</summary>
    public static DateOnly ForExport(DateOnly declarationSubmittedOn) => declarationSubmittedOn;

    /// <summary>Art. 349(2): delay is counted "beginning from the day following the date of expiry of the time limit".</summary>
    public static DateOnly ArrearsFrom(DateOnly dueDate) => dueDate.AddDays(1);

    /// <summary>An unpaid amount is arrears from the day after the term.</summary>
    public static bool InArrears(DateOnly dueDate, decimal outstandingRub, DateOnly today) => outstandingRub > 0 && today >= ArrearsFrom(dueDate);
}
