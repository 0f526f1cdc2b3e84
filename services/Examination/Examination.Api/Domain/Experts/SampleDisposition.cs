namespace Customs.Examination.Api.Domain.Experts;

/// <summary>Art. 383(11): what became of a sample after the investigation.</summary>
public enum SampleDisposition
{
    Unspecified = 0,
    Held = 1,
    Returned = 2,
    Destroyed = 3,
    KeptByCustoms = 4,
}
