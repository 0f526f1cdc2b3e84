namespace Customs.ServiceDefaults;

/// <summary>The reasons every service may answer with; each service adds its own (listed in the README).</summary>
public static class ErrorReasons
{
    /// <summary>One or more fields are malformed; the details carry a google.rpc.BadRequest.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The call carries no valid credentials.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's role may not make this call.</summary>
    public const string PermissionDenied = "PERMISSION_DENIED";

    /// <summary>An unexpected failure of the service; the message names the trace to look for.</summary>
    public const string Internal = "INTERNAL";
}
