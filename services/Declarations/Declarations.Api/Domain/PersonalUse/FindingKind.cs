namespace Customs.Declarations.Api.Domain.PersonalUse;

public enum FindingKind
{
    Unspecified = 0,

    /// <summary>The goods may not be classified as goods for personal use (memo).</summary>
    NotPersonalUse = 1,

    /// <summary>An individual may not export this much (memo: fish over 5 kg, sturgeon caviar over 250 g).</summary>
    ExportLimitExceeded = 2,

    /// <summary>Inseparable goods for personal use: one unit or set over 35 kg (aggregate customs payment).</summary>
    InseparableGoods = 3,

    /// <summary>The goods need a state authority's permit or a registered notification.</summary>
    PermitRequired = 4,

    /// <summary>Alcoholic beverages of an imported passenger declaration not given in litres: the 3-litre limit cannot be applied.</summary>
    AlcoholNotInLitres = 5,

    /// <summary>More alcohol than the memo admits as goods for personal use (over 5 litres of beverages, or of ethyl alcohol).</summary>
    AlcoholOverLimit = 6,

    /// <summary>Alcohol admitted with payment: beverages of 3 to 5 litres (10 EUR/l over 3), ethyl alcohol (22 EUR/l).</summary>
    AlcoholDutiable = 7,

    /// <summary>Tobacco over the allowance of 200 cigarettes or 50 cigars or 250 g.</summary>
    TobaccoOverAllowance = 8,

    /// <summary>Alcohol or tobacco of a passenger under 18: the memo's allowances are for individuals aged over 18.</summary>
    UnderAge = 9,

    /// <summary>Alcohol or tobacco of a passenger whose date of birth was not declared: assessed as an adult's, the officer checks.</summary>
    AgeNotDeclared = 10,
}
