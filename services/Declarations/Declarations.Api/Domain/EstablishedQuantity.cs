namespace Customs.Declarations.Api.Domain;

/// <summary>The quantity customs determined for an item when it differed from the declared one (Arts. 371(3), 372(5)).</summary>
public sealed record EstablishedQuantity(int ItemNumber, decimal Declared, decimal Established, string Unit, ControlForm Form, string Actor, DateTimeOffset At);
