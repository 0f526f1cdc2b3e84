namespace Customs.Declarations.Api.Data;

/// <summary>A keyset position: the last row's sort key and id (carried inside the shared opaque page token).</summary>
public sealed record PageCursor(DateTimeOffset After, Guid AfterId);
