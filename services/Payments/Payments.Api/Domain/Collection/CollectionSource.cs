namespace Customs.Payments.Api.Domain.Collection;

/// <summary>What arrears are collected from (Arts. 348(3), 351-353), in the order the Chapter sets.</summary>
public enum CollectionSource
{
    Unspecified,
    /// <summary>Art. 351: the payer's bank accounts, by a resolution on indisputable collection sent to its bank.</summary>
    BankAccounts,
    /// <summary>Art. 353(1), (2): the payer's unclaimed advances or cash deposit at the customs office.</summary>
    Advances,
    /// <summary>Art. 352: the goods whose duties are unpaid.</summary>
    Goods,
    /// <summary>Art. 353(1), (3): the payer's other property, through the bailiff.</summary>
    OtherProperty,
    /// <summary>Arts. 348(3), 351(2): a claim in court.</summary>
    CourtClaim,
}
