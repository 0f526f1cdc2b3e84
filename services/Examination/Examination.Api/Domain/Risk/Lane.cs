namespace Customs.Examination.Api.Domain.Risk;

/// <summary>The lanes of selectivity (Art. 358), ordered by how much control they mean.</summary>
public enum Lane
{
    Unspecified = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
    Blue = 4,
}
