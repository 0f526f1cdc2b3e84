namespace Customs.IpRegister.Api.Domain.China;

/// <summary>GAC measures Art. 23: the holder's guarantee for detaining suspected goods, by their value in RMB.</summary>
public static class ChinaSecurity
{
    private static readonly Money Floor = Money.Cny(20_000m);
    private static readonly Money Ceiling = Money.Cny(200_000m);
    private static readonly Money Flat = Money.Cny(100_000m);

    public static Money ForGoodsValue(Money goodsValue)
    {
        if (goodsValue.Currency != "CNY")
        {
            throw new ArgumentException("The goods value must be in RMB (CNY).", nameof(goodsValue));
        }

        // (1) under RMB 20,000: the value of the goods.
        if (goodsValue.Amount < Floor.Amount)
        {
            return goodsValue;
        }

        // (2) RMB 20,000 to 200,000: 50% of the value, but not less than RMB 20,000.
        if (goodsValue.Amount <= Ceiling.Amount)
        {
            var half = goodsValue.Times(0.5m);
            return half.Amount < Floor.Amount ? Floor : half;
        }

        // (3) over RMB 200,000: RMB 100,000.
        return Flat;
    }
}
