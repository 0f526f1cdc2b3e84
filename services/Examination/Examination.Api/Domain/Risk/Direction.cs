namespace Customs.Examination.Api.Domain.Risk;

public enum Direction
{
    Unspecified = 0,
    Import = 1,
    Export = 2,
}
