namespace Customs.Payments.Api.Domain.Reference;

/// <summary>A specific excise rate: roubles per unit of quantity.</summary>
public sealed record ExciseRate(decimal RubPerUnit, string Unit);
