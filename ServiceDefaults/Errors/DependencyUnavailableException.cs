namespace Customs.ServiceDefaults;

/// <summary>
/// Another service this request needs did not answer (answered as <c>Unavailable</c>): nothing was written, and the same
/// request may be sent again.
/// </summary>
public sealed class DependencyUnavailableException(string reason, string message, Exception? inner = null)
    : DomainException(reason, message)
{
    public Exception? Cause { get; } = inner;
}
