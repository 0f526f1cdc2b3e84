using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.China;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>GAC Art. 28: the consignee's or consignor's request for release of patent goods against a guarantee of their value, after customs' notice that it cannot determine infringement.</summary>
public sealed record GuaranteeRelease(
    DateOnly RequestedOn, GacParty RequestedBy, Money Guarantee, string GuaranteeReference, string RequestReference, DateOnly UndeterminedNotifiedOn,
    string UndeterminedNoticeReference);
