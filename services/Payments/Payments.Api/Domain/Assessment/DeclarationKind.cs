namespace Customs.Payments.Api.Domain.Assessment;

public enum DeclarationKind
{
    Unspecified,
    Commercial,
    Passenger,
    Postal,
}
