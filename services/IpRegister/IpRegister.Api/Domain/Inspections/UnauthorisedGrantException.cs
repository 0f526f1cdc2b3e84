namespace Customs.IpRegister.Api.Domain.Inspections;

/// <summary>The caller has no officer's role (answered as PermissionDenied).</summary>
public sealed class UnauthorisedGrantException(string message) : Exception(message);
