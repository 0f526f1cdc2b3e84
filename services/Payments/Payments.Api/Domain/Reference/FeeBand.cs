namespace Customs.Payments.Api.Domain.Reference;

/// <summary>The customs fee for a declaration whose customs value is at most <see cref="UpToRub"/> (the last band has none).</summary>
public sealed record FeeBand(decimal? UpToRub, decimal FeeRub);
