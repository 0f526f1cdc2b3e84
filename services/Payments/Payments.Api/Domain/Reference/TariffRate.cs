namespace Customs.Payments.Api.Domain.Reference;

/// <summary>An import duty rate of the tariff: ad valorem (per cent), specific (EUR per unit) or combined (the higher).</summary>
public sealed record TariffRate(RateKind Kind, decimal? Percent, decimal? EurPerUnit, string? Unit)
{
    public override string ToString() => Kind switch
    {
        RateKind.AdValorem => $"{Percent}%",
        RateKind.Specific => $"{EurPerUnit} EUR per {Unit}",
        _ => $"{Percent}% but not less than {EurPerUnit} EUR per {Unit}",
    };
}
