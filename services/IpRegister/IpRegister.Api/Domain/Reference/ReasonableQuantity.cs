namespace Customs.IpRegister.Api.Domain.Reference;

/// <summary>GAC Art. 31's reasonable quantity for personal use on a date: a figure with its source, or explicitly not set.</summary>
public sealed record ReasonableQuantity(decimal? Quantity, string Source)
{
    public static readonly ReasonableQuantity NotSet =
        new(null, "GAC IPR measures Art. 31 gives no figure and no act in the reference data sets one");

    public bool IsSet => Quantity is not null;

    public static ReasonableQuantity Set(decimal quantity, string source) => new(quantity, source);
}
