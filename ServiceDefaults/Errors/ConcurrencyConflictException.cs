namespace Customs.ServiceDefaults;

/// <summary>Someone changed the thing since the caller read it (answered as <c>Aborted</c>: read again, then retry).</summary>
public class ConcurrencyConflictException(string reason, string message) : DomainException(reason, message);
