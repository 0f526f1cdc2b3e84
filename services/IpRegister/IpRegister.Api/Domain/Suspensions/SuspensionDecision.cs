namespace Customs.IpRegister.Api.Domain.Suspensions;

/// <summary>The written decision of the head of the office or the deputy on goods held with signs of infringement (Art. 397(1)).</summary>
public enum SuspensionDecision
{
    Unspecified = 0,
    Suspend = 1,
    Decline = 2,
}
