using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.China;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>GAC Art. 22(1): the holder's written application to detain, with the guarantee of Art. 23 or 24, as received.</summary>
public sealed record DetentionApplication(
    DateOnly AppliedOn, Money GoodsValue, Money? Guarantee, GeneralGuarantee? GeneralGuarantee, string Consignee, string Consignor, string Reference);
