namespace Customs.Declarations.Api.Domain;

public enum DeclarationStatus
{
    Unspecified = 0,
    Filed = 1,
    Registered = 2,
    UnderControl = 3,
    ReleaseSuspended = 4,
    Released = 5,
    Refused = 6,
    Withdrawn = 7,
    Void = 8,
}
