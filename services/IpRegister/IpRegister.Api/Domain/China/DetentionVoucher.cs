namespace Customs.IpRegister.Api.Domain.China;

/// <summary>
/// GAC measures Art. 26: "the detention voucher for the goods suspected of infringement shall be served to the consignee
/// and consignor". The text gives no form; this is what the detention fixes.
/// </summary>
public sealed record DetentionVoucher(Guid SuspensionId, DateOnly DetainedOn, string Consignee, string Consignor, IReadOnlyList<int> ItemNumbers);
