using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Customs.AppHost.Dashboard;

/// <summary>
/// On loopback the dashboard is open, as Aspire's is for a developer's own machine. Beyond loopback every request
/// needs the token printed at start-up: once through <c>/login?t=…</c> (which sets a cookie) or as a bearer token.
/// The OTLP receiver (HTTP/2, loopback only) is not affected.
/// </summary>
internal sealed class DashboardAccess(RequestDelegate next, string token)
{
    private const string CookieName = "customs-dashboard";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Protocol == "HTTP/2")
        {
            await next(context);
            return;
        }

        if (token.Length == 0)
        {
            // Open on loopback, but only to pages of the dashboard's own name: a site that rebinds its DNS name to
            // 127.0.0.1 would otherwise count as same-origin and could read the output or stop resources.
            if (!IsLoopbackName(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                await context.Response.WriteAsync("The dashboard answers to 127.0.0.1 and localhost only.");
                return;
            }

            await next(context);
            return;
        }

        if (context.Request.Path == "/login")
        {
            if (!Matches(context.Request.Query["t"]))
            {
                await DenyAsync(context);
                return;
            }

            context.Response.Cookies.Append(CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict });
            context.Response.Redirect("/");
            return;
        }

        var bearer = context.Request.Headers.Authorization.ToString();
        var presented = bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer["Bearer ".Length..] : context.Request.Cookies[CookieName];
        if (!Matches(presented))
        {
            await DenyAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsLoopbackName(string host) =>
        host is "127.0.0.1" or "localhost" or "[::1]" or "::1";

    private bool Matches(string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));

    private static Task DenyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This dashboard needs its token: open the address the AppHost printed at start-up (…/login?t=…).");
    }
}
