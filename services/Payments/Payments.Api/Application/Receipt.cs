namespace Customs.Payments.Api.Application;

/// <summary>Art. 331(5): the written receipt certifying what the payer paid towards a declaration.</summary>
public sealed record Receipt(
    string Number, string DeclarationId, string PayerTaxpayerNumber, decimal ToPaymentsRub, decimal ToPenaltiesRub, DateOnly MetOn, DateTimeOffset IssuedAt)
{
    /// <summary>Art. 336(2): the interest of a deferral paid.</summary>
    public decimal ToInterestRub { get; init; }

    /// <summary>Arts. 330(2), 331(3): paid out of an advance in a foreign currency: the amount taken and how it was converted.</summary>
    public (string Currency, decimal Amount, Domain.Assessment.Trace Conversion)? FromCurrency { get; init; }
}
