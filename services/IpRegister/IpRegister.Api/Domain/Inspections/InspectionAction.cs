namespace Customs.IpRegister.Api.Domain.Inspections;

/// <summary>Art. 398(1): what the declarant and the holder may do with suspended goods under a written permission.</summary>
public enum InspectionAction
{
    Unspecified = 0,
    TakeSamples = 1,
    Research = 2,
    Inspect = 3,
    Photograph = 4,
}
