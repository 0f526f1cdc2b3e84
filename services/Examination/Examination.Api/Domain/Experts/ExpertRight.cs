namespace Customs.Examination.Api.Domain.Experts;

/// <summary>The expert's rights of Art. 381(1) that need the office's permission or answer, numbered as there.</summary>
public enum ExpertRight
{
    Unspecified = 0,
    AttractExperts = 2,
    AdditionalMaterials = 3,
    TakePartInControl = 5,
}
