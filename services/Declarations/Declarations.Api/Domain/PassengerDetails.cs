namespace Customs.Declarations.Api.Domain;

/// <summary>What a passenger declares besides goods items (memo's list, cases 2, 3, 6 and 14).</summary>
public sealed record PassengerDetails(
    decimal CashAmount,
    string? CashCurrency,
    bool CarriesMonetaryInstruments,
    bool HasUnaccompaniedLuggage);
