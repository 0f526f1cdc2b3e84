namespace Customs.BuildingBlocks.Identity;

/// <summary>The claims of the suite's bearer tokens, as the services read them (one vocabulary for issuers and services).</summary>
public static class CustomsClaims
{
    /// <summary>The caller: the officer id, the taxpayer number, or the service's name.</summary>
    public const string Subject = "sub";

    /// <summary>One <see cref="CallerRole"/> code (<see cref="CallerRoles.Code"/>).</summary>
    public const string Role = "role";

    /// <summary>The Russian taxpayer number (INN) of a declarant, payer, bank or insurer: 10 or 12 digits.</summary>
    public const string TaxpayerNumber = "taxpayer_number";

    /// <summary>The personal number of a customs officer, risk analyst or expert.</summary>
    public const string OfficerId = "officer_id";

    /// <summary>The code of the officer's customs office (e.g. <c>10005000</c>; Chinese offices start with <c>CN</c>).</summary>
    public const string OfficeCode = "office_code";
}
