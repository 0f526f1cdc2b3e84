namespace Customs.Demo;

/// <summary>Where the graph is: the services' gRPC endpoints (as <c>./customs up</c> runs them), its data folder and dashboard.</summary>
public sealed record DemoOptions(Uri Declarations, Uri Payments, Uri IpRegister, string DataDirectory, Uri? Dashboard, TimeSpan Patience, DateOnly? Today)
{
    public const string Usage = """
        usage: ./customs demo [--declarations URL] [--payments URL] [--ipregister URL] [--data-dir DIR] [--dashboard URL] [--wait SECONDS] [--today YYYY-MM-DD]
        Runs issue 15's scenarios 1 and 2 against a running graph (./customs up in another terminal). The endpoints default
        to the ones ./customs up serves (the services' appsettings.json), the data folder to .data, the day to today at Moscow.
        """;

    public static DemoOptions Parse(IReadOnlyList<string> args)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            given[args[i][2..]] = args[++i];
        }

        string Take(string name, string otherwise) => given.Remove(name, out var value) ? value : otherwise;
        var options = new DemoOptions(
            new Uri(Take("declarations", "http://127.0.0.1:5111")), new Uri(Take("payments", "http://127.0.0.1:5121")),
            new Uri(Take("ipregister", "http://127.0.0.1:5131")), Take("data-dir", ".data"),
            given.Remove("dashboard", out var dashboard) ? new Uri(dashboard) : null,
            TimeSpan.FromSeconds(int.Parse(Take("wait", "60"), System.Globalization.CultureInfo.InvariantCulture)),
            given.Remove("today", out var today) ? DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null);
        return given.Count == 0 ? options : throw new ArgumentException($"unknown option --{given.Keys.First()}");
    }
}
