namespace Customs.Examination.Api.Domain.Risk;

public enum DeclarationKind
{
    Unspecified = 0,
    CommercialImport = 1,
    CommercialExport = 2,
    PassengerAccompaniedLuggage = 3,
    PassengerUnaccompaniedLuggage = 4,
    InternationalPostalItem = 5,
}
