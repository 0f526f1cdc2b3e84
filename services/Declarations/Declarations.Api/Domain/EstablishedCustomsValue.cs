namespace Customs.Declarations.Api.Domain;

/// <summary>The customs value customs determined for an item itself (Art. 323(7)); the declared value is kept beside it.</summary>
public sealed record EstablishedCustomsValue(
    int ItemNumber, decimal Value, string Currency, int ValuationMethod, string DecisionReference, string Actor, DateTimeOffset At);
