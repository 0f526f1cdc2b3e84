namespace Customs.IpRegister.Api.Domain.Entries;

public enum ApplicationStatus
{
    Unspecified = 0,
    Submitted = 1,
    Approved = 2,
    Refused = 3,
}
