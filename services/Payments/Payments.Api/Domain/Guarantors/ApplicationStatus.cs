namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>Where an application for the register stands (Art. 343(7)).</summary>
public enum ApplicationStatus
{
    Unspecified = 0,
    Submitted = 1,
    Entered = 2,
    Refused = 3,
}
