namespace Customs.Declarations.Contracts;

public enum IntendedUse
{
    Unspecified = 0,
    Personal = 1,
    Commercial = 2,
}
