namespace Customs.Payments.Api.Domain;

/// <summary>The reasons of the reservation's amount (Arts. 337(2), 338(1)), the officer's waiver (337(2)), pledges (341) and the register of insurers (347(2)).</summary>
public static partial class PaymentErrors
{
    public const string SecurityAbovePayable = "SECURITY_ABOVE_PAYABLE";
    public const string WaiverReferenceReused = "WAIVER_REFERENCE_REUSED";
    public const string PledgeAbovePropertyValue = "PLEDGE_ABOVE_PROPERTY_VALUE";
    public const string NotInInsuranceRegister = "NOT_IN_INSURANCE_REGISTER";
    public const string InsurerAlreadyEntered = "INSURER_ALREADY_ENTERED";
    public const string InsurerNotEntered = "INSURER_NOT_ENTERED";
}
