namespace Customs.Payments.Api.Domain.Securities;

/// <summary>What a security is given for: customs operations (Art. 337(1)) or a customs-related activity (339(1)).</summary>
public enum SecurityPurpose
{
    /// <summary>Taken as <see cref="Operations"/>.</summary>
    Unspecified = 0,

    /// <summary>Art. 337(1): deferral or instalments, conditional release, haulage or storage of foreign goods, other operations.</summary>
    Operations = 1,

    CustomsBroker = 2,
    TemporaryStorageWarehouse = 3,
    BondedWarehouse = 4,
    CustomsCarrier = 5,
}
