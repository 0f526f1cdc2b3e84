namespace Customs.BuildingBlocks.Amounts;

/// <summary>
/// Amounts of money are stated in minor units (kopecks, fen, cents): at most two decimals. An amount with more is refused
/// as input, never rounded: 499,999.995 RUB rounded half away from zero would reach a 500,000 RUB threshold it does not meet.
/// Amounts the suite computes (a share, a conversion) are rounded explicitly with <see cref="Round"/>.
/// </summary>
public static class MinorUnits
{
    public const int Decimals = 2;

    /// <summary>The field violation's description for an amount with more than two decimals.</summary>
    public const string TooPrecise = "has more than two decimals: amounts are stated in kopecks, fen or cents and are not rounded";

    public static bool Fits(decimal amount) => decimal.Round(amount, Decimals) == amount;

    public static decimal Round(decimal amount) => decimal.Round(amount, Decimals, MidpointRounding.AwayFromZero);
}
