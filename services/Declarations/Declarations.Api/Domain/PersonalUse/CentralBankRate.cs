namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>A central bank rate: roubles for one unit, set for <see cref="SetOn"/>.</summary>
public sealed record CentralBankRate(string Currency, decimal RublesPerUnit, DateOnly SetOn);
