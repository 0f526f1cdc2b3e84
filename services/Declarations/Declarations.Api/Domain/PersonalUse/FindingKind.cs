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
}
