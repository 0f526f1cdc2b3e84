namespace Customs.Payments.Api.Domain;

/// <summary>The reasons of the reservation's amount (Arts. 337(2), 338(1)), the officer's waiver (337(2)) and pledges (341).</summary>
public static partial class PaymentErrors
{
    public const string SecurityAbovePayable = "SECURITY_ABOVE_PAYABLE";
    public const string WaiverReferenceReused = "WAIVER_REFERENCE_REUSED";
    public const string PledgeAbovePropertyValue = "PLEDGE_ABOVE_PROPERTY_VALUE";
}
