namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>What the application and its documents (Art. 343(5)) establish about the applicant on the decision date.</summary>
public sealed record EntryFacts
{
    public bool LicenceValid { get; init; }
    public int YearsOfOperation { get; init; }
    public bool HasCustomsArrears { get; init; }
    public decimal AuthorisedCapitalRub { get; init; }
    public decimal OwnFundsRub { get; init; }
    public bool MandatoryStandardsMetLastYear { get; init; }
    public bool BranchInStateRegister { get; init; }
    public bool BranchMayIssueGuarantees { get; init; }
    public bool HeadBankQualifies { get; init; }
    public bool PositiveBalanceLastYear { get; init; }
    public bool FreeAssetsAtLeastNormative { get; init; }
    public bool NetAssetsAtLeastPaidCapital { get; init; }
}
