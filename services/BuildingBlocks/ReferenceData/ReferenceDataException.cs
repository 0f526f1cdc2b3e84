namespace Customs.BuildingBlocks.ReferenceData;

/// <summary>Reference data that cannot be loaded as it stands: periods of one parameter that overlap, or end before they begin.</summary>
public sealed class ReferenceDataException(string message) : Exception(message);
