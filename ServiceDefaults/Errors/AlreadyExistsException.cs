namespace Customs.ServiceDefaults;

/// <summary>The request would create something that exists already (answered as <c>AlreadyExists</c>).</summary>
public class AlreadyExistsException(string reason, string message) : DomainException(reason, message);
