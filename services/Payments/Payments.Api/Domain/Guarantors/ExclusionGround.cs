namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>The grounds of exclusion from the register, Art. 344(1), in the article's order.</summary>
public enum ExclusionGround
{
    Unspecified = 0,
    LiquidationOrReorganisation = 1,
    LicenceWithdrawn = 2,
    EntryTermBreached = 3,
    GuaranteeObligationBreached = 4,
    YearExpiredWithoutReapplication = 5,
}
