namespace Customs.IpRegister.Api.Domain.Entries;

public enum EntryStatus
{
    Unspecified = 0,
    Active = 1,
    Excluded = 2,
}
