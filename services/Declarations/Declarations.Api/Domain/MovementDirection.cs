namespace Customs.Declarations.Api.Domain;

public enum MovementDirection
{
    Unspecified = 0,
    Import = 1,
    Export = 2,
}
