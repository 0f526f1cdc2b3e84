namespace Customs.Declarations.Api.Domain.PersonalUse;

public sealed record ItemFinding(int ItemNumber, FindingKind Kind, string Rule)
{
    /// <summary>Findings that keep the goods from being declared as goods for personal use.</summary>
    public bool IsRefusal => Kind is FindingKind.NotPersonalUse or FindingKind.ExportLimitExceeded or FindingKind.AlcoholNotInLitres
        or FindingKind.AlcoholOverLimit or FindingKind.TobaccoOverAllowance or FindingKind.UnderAge;

    /// <summary>The field of the item a refusal concerns, as a path suffix.</summary>
    public string FieldSuffix => Kind switch
    {
        FindingKind.AlcoholNotInLitres => ".unit",
        FindingKind.ExportLimitExceeded => ".net_weight_kg",
        FindingKind.AlcoholOverLimit or FindingKind.TobaccoOverAllowance => ".quantity",
        _ => ".tariff_code",
    };
}
