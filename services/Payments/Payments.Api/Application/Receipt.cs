namespace Customs.Payments.Api.Application;

/// <summary>Art. 331(5): the written receipt certifying what the payer paid towards a declaration.</summary>
public sealed record Receipt(
    string Number, string DeclarationId, string PayerTaxpayerNumber, decimal ToPaymentsRub, decimal ToPenaltiesRub, DateOnly MetOn, DateTimeOffset IssuedAt)
{
    /// <summary>Art. 336(2): the interest of a deferral paid.</summary>
    public decimal ToInterestRub { get; init; }
}
