namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>Art. 394(5): an application is refused only for false information or missing security (Art. 395(2)).</summary>
public enum RefusalReason
{
    Unspecified = 0,
    FalseInformation = 1,
    MissingSecurity = 2,
}
