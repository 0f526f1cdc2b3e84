using Customs.IpRegister.Api.Domain.Screening;

namespace Customs.IpRegister.Api.Screening;

/// <summary>What screening a declaration found for one item, and the hold or suspension it made for it, if any.</summary>
public sealed record ScreenedItemResult(ItemVerdict Verdict, RecordedSuspension? Suspension);
