using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;

// ./customs token: prints a bearer token for the graph that runs (or ran) on the data folder.
const string Usage = """
    usage: ./customs token --officer ID --office CODE --role inspector|deputy_head|head|risk_analyst|expert
           ./customs token --declarant TAXPAYER_NUMBER
           ./customs token --role payer|bank_or_insurer --taxpayer TAXPAYER_NUMBER
           ./customs token --role right_holder --subject ID [--taxpayer TAXPAYER_NUMBER]
           ./customs token --service NAME
    options: --minutes N (lifetime, 480 unless said), --data-dir DIR (.data of the repository unless said)
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        return Fail($"unexpected argument '{args[i]}'");
    }

    options[args[i][2..]] = args[++i];
}

string? Option(string name) => options.Remove(name, out var value) ? value : null;

var dataDirectory = Option("data-dir") ?? ".data";
var minutes = Option("minutes") is { } m ? int.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : 480;
var declarant = Option("declarant");
var service = Option("service");
var role = declarant is not null ? CallerRole.Declarant
    : service is not null ? CallerRole.Service
    : CallerRoles.Parse(Option("role"));
var officer = Option("officer");
var office = Option("office");
var taxpayer = declarant ?? Option("taxpayer");
var subject = Option("subject") ?? service ?? (role.IsCustomsStaff() ? officer : taxpayer);
if (options.Count > 0 || role == CallerRole.Unspecified || subject is null)
{
    return Fail(options.Count > 0 ? $"unknown option --{options.Keys.First()}" : "say who the token is for");
}

CallerIdentity caller;
DevelopmentSigningKey key;
try
{
    caller = CallerIdentity.Create(role, subject, taxpayer, officer, office);
    key = DevelopmentSigningKey.Load(dataDirectory);
}
catch (ArgumentException ex)
{
    return Fail(ex.Message);
}
catch (IOException ex)
{
    Console.Error.WriteLine($"customs token: {ex.Message}");
    return 1;
}

Console.WriteLine(new TokenMinter(key).Mint(caller, TimeSpan.FromMinutes(minutes)));
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"customs token: {message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
