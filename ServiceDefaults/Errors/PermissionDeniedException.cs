namespace Customs.ServiceDefaults;

/// <summary>The caller is known but its role may not do this (answered as <c>PermissionDenied</c>).</summary>
public class PermissionDeniedException(string reason, string message, string? legalBasis = null)
    : DomainException(reason, message, legalBasis);
