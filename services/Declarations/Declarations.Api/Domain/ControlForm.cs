namespace Customs.Declarations.Api.Domain;

/// <summary>The form of customs control that found the quantity: inspection (Art. 371) or examination (Art. 372).</summary>
public enum ControlForm
{
    Unspecified = 0,
    Inspection = 1,
    Examination = 2,
}
