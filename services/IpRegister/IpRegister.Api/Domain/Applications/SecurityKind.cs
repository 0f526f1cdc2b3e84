namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>How the obligation to compensate damage is secured (Art. 395(2)).</summary>
public enum SecurityKind
{
    Unspecified = 0,
    Guarantee = 1,
    LiabilityInsurance = 2,
}
