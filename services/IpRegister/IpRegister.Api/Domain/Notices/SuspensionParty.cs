namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>The two parties to a suspension: told of it (Art. 397(2)), and who may inspect and sample (Art. 398).</summary>
public enum SuspensionParty
{
    Unspecified = 0,
    Declarant = 1,
    RightHolder = 2,
}
