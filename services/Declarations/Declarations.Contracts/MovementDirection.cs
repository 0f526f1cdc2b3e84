namespace Customs.Declarations.Contracts;

public enum MovementDirection
{
    Unspecified = 0,
    Import = 1,
    Export = 2,
}
