namespace Customs.Declarations.Api.Domain;

/// <summary>A sample customs took of an item and kept (Art. 383(4)): the item's customs value is reduced by its value.</summary>
public sealed record KeptSample(Guid AnalysisId, int SampleNumber, int ItemNumber, decimal ValueRub, string Actor, DateTimeOffset At);
