namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Weights and volumes of goods items as the memo's limits need them.</summary>
public static class GoodsMeasures
{
    public const string Kilogram = "kg";
    public const string Gram = "g";
    public const string Litre = "l";
    public const string Piece = "pcs";
    public const string Set = "set";

    public static readonly IReadOnlySet<string> Units = new HashSet<string>(StringComparer.Ordinal)
    {
        Kilogram, Gram, Litre, Piece, Set, "pair", "m", "m2", "m3", "ct",
    };

    /// <summary>Net weight, else gross weight, else the quantity when it is given by weight.</summary>
    public static decimal WeightKg(DeclaredGoodsItem item) =>
        item.NetWeightKg ?? item.GrossWeightKg ?? item.Unit switch
        {
            Kilogram => item.Quantity,
            Gram => item.Quantity / 1000m,
            _ => 0m,
        };

    /// <summary>Gross weight, else the weight by <see cref="WeightKg"/>: what the passenger carries.</summary>
    public static decimal CarriedWeightKg(DeclaredGoodsItem item) => item.GrossWeightKg ?? WeightKg(item);

    /// <summary>One unit or one set of goods.</summary>
    public static bool IsSingleUnit(DeclaredGoodsItem item) => item.Unit is Piece or Set && item.Quantity == 1m;
}
