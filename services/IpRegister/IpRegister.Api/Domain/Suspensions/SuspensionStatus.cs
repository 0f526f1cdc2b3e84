namespace Customs.IpRegister.Api.Domain.Suspensions;

public enum SuspensionStatus
{
    Unspecified = 0,
    Active = 1,
    Lifted = 2,
    Seized = 3,
}
