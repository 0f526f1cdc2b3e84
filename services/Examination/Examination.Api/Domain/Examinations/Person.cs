namespace Customs.Examination.Api.Domain.Examinations;

/// <summary>Someone present at an inspection or examination: the declarant, its representative, the driver, a witness.</summary>
public sealed record Person(string Name, string Capacity, string Document);
