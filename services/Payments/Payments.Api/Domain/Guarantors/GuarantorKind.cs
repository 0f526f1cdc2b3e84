namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>Who may apply for the register of Art. 342(1): a bank, a bank branch or an insurance company (343(2)-(4)).</summary>
public enum GuarantorKind
{
    Unspecified = 0,
    Bank = 1,
    BankBranch = 2,
    Insurer = 3,
}
