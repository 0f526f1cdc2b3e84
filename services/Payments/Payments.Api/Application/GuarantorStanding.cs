namespace Customs.Payments.Api.Application;

/// <summary>A lookup's answer: the stay covering the day, if any, and the guarantees of the organisation in force now.</summary>
public sealed record GuarantorStanding(RegisterEntry? Entry, decimal OutstandingRub);
