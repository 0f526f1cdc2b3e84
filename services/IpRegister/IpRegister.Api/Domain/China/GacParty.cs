namespace Customs.IpRegister.Api.Domain.China;

/// <summary>Who acts in the GAC procedure besides customs: the holder (Arts. 22, 27), the consignee and the consignor (Arts. 26-28).</summary>
public enum GacParty
{
    Unspecified = 0,
    RightHolder = 1,
    Consignee = 2,
    Consignor = 3,
}
