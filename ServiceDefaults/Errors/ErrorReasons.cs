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

    /// <summary>
    /// The service is at its limit of calls in progress and waiting (<c>ResourceExhausted</c>); nothing was done, and the
    /// same request may be sent again after a pause.
    /// </summary>
    public const string Overloaded = "OVERLOADED";

    /// <summary>
    /// The service waited too long for a database connection (<c>Unavailable</c>); nothing was written, and the same
    /// request may be sent again.
    /// </summary>
    public const string DatabaseBusy = "DATABASE_BUSY";

    /// <summary>An unexpected failure of the service; the message names the trace to look for.</summary>
    public const string Internal = "INTERNAL";
}
