namespace Customs.Payments.Api.Domain.Securities;

/// <summary>The methods of securing customs payments, Art. 340(1) and the insurance contract of 340(3), 347.</summary>
public enum SecurityMethod
{
    Unspecified = 0,
    Pledge = 1,
    BankGuarantee = 2,
    CashDeposit = 3,
    Surety = 4,
    Insurance = 5,
}
