namespace Customs.Payments.Api.Data;

public sealed class AccountEntry
{
    public string TaxpayerNumber { get; init; } = "";
    public string? PaymentReference { get; init; }
    public string? ReceiptNumber { get; init; }
    public string? DeclarationId { get; init; }
    public decimal AmountRub { get; init; }
    public DateOnly OnDate { get; init; }
}
