namespace Customs.Examination.Api.Domain.Closures;

/// <summary>Why the control of a declaration ends before its goods are released (Art. 356(1)).</summary>
public enum ClosureGround
{
    Unspecified = 0,

    /// <summary>356(1)[1]: the declaration is regarded as void.</summary>
    Voided = 1,

    /// <summary>356(1)[2]: the declarant withdrew the declaration.</summary>
    Withdrawn = 2,
}
