namespace Customs.IpRegister.Api.Domain.Notices;

/// <summary>Art. 397(2): the two parties told of a suspension.</summary>
public enum NoticeAddressee
{
    Unspecified = 0,
    Declarant = 1,
    RightHolder = 2,
}
