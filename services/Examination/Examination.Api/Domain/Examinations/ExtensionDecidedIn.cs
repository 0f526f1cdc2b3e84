namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>Where an Art. 359(2) extension was decided: on an examination here, or on the declaration in the Declarations service.</summary>
public enum ExtensionDecidedIn
{
    Unspecified = 0,
    Examination = 1,
    Declarations = 2,
}
