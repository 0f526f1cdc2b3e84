namespace Customs.Declarations.Api.Application;

/// <summary>Someone changed the declaration since the caller read it (answered as Aborted: read again, then retry).</summary>
public sealed class ConcurrencyConflictException(Guid declarationId, int expectedVersion, int actualVersion)
    : Exception($"Declaration {declarationId} is at version {actualVersion}, not {expectedVersion}: another action changed it first.");
