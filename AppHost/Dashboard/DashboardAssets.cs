using Microsoft.AspNetCore.Http;

namespace Customs.AppHost.Dashboard;

/// <summary>The dashboard's page, script and styles, embedded in the AppHost at build time (no download at run time).</summary>
internal static class DashboardAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IResult Serve(string file)
    {
        var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream($"dashboard/{file}");
        return stream is null || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type)
            ? Results.NotFound()
            : Results.Stream(stream, type);
    }
}
