namespace Customs.IpRegister.Api.Domain.Suspensions;

public enum SuspensionStatus
{
    Unspecified = 0,
    Active = 1,
    Lifted = 2,
    Seized = 3,

    /// <summary>Signs of infringement found: release held until the head of the office or the deputy decides (Art. 397(1)).</summary>
    Held = 4,
}
