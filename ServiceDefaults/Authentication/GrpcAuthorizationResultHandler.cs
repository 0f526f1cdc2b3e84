using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// A refused gRPC call answers as gRPC: status <c>Unauthenticated</c> (no, bad or expired token) or <c>PermissionDenied</c>
/// (a role the RPC is not for), with a message saying why, instead of a bare HTTP 401/403 that a client sees as
/// "Bad gRPC response". Other requests get ASP.NET Core's answer.
/// </summary>
internal sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private const int MaxMessageLength = 300;
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var (status, message) = authorizeResult.Forbidden
            ? (StatusCode.PermissionDenied, Forbidden(context, policy))
            : (StatusCode.Unauthenticated, await UnauthenticatedAsync(context));
        // A trailers-only response: the status travels in the headers of an empty 200 response, as gRPC servers send it.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message.Length > MaxMessageLength ? message[..MaxMessageLength] : message);
        // As every non-OK answer of the suite: an ErrorInfo with a stable reason (ErrorInterceptor).
        context.Response.Headers["grpc-status-details-bin"] = ErrorStatus.ToHeaderValue(ErrorStatus.Create(status,
            message.Length > MaxMessageLength ? message[..MaxMessageLength] : message,
            status == StatusCode.PermissionDenied ? ErrorReasons.PermissionDenied : ErrorReasons.Unauthenticated,
            ErrorStatus.DomainOf(context.Request.Path.Value ?? "")));
    }

    /// <summary>Why the token was refused: the scheme's result of this request (computed once, so asking again is free).</summary>
    private static async Task<string> UnauthenticatedAsync(HttpContext context) =>
        (await context.AuthenticateAsync()).Failure?.Message is { Length: > 0 } failure
            ? $"The bearer token is not accepted: {failure}"
            : "This RPC needs a bearer token (authorization: Bearer <token>).";

    private static string Forbidden(HttpContext context, AuthorizationPolicy policy)
    {
        var allowed = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct();
        var role = context.User.FindFirst(BuildingBlocks.Identity.CustomsClaims.Role)?.Value ?? "none";
        return $"This RPC is for {string.Join(", ", allowed)}; the caller's role is {role}.";
    }
}
