namespace Customs.ServiceDefaults;

/// <summary>
/// A request the suite refuses for a reason a caller can act on. The kind of failure (the subclass) fixes the gRPC status,
/// <see cref="Reason"/> is the stable machine-readable code sent in <c>google.rpc.ErrorInfo</c>, and
/// <see cref="LegalBasis"/> names the article of law when a rule refused it. Application and domain code throw these,
/// never <c>RpcException</c>; <see cref="ErrorInterceptor"/> turns them into statuses in one place.
/// </summary>
public abstract class DomainException(string reason, string message, string? legalBasis = null) : Exception(message)
{
    /// <summary>UPPER_SNAKE_CASE, stable across releases (e.g. <c>DECLARATION_NOT_FOUND</c>).</summary>
    public string Reason { get; } = reason;

    public string? LegalBasis { get; } = legalBasis;
}
