namespace Customs.IpRegister.Api.Domain.Suspensions;

public enum OfficerRole
{
    Unspecified = 0,
    Officer = 1,
    DeputyHead = 2,
    Head = 3,
}
