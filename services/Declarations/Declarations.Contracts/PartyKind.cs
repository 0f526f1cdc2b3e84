namespace Customs.Declarations.Contracts;

public enum PartyKind
{
    Unspecified = 0,
    LegalPerson = 1,
    NaturalPerson = 2,
}
