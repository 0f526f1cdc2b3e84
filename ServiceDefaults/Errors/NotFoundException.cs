namespace Customs.ServiceDefaults;

/// <summary>The thing the request names does not exist, or the caller may not know that it does (answered as <c>NotFound</c>).</summary>
public class NotFoundException(string reason, string message) : DomainException(reason, message);
