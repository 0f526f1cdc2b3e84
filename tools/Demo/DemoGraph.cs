using System.Diagnostics;
using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Demo;

/// <summary>
/// The running graph as the demo calls it: a channel per service, development tokens signed with the key of the graph's
/// data folder (as <c>./customs token</c>), and one W3C trace per scenario carried on every call, so the dashboard shows
/// the scenario, from the filing RPC to the release, as one trace.
/// </summary>
public sealed class DemoGraph(DemoOptions options) : IDisposable
{
    private readonly TokenMinter _tokens = new(DevelopmentSigningKey.Load(options.DataDirectory));
    private readonly GrpcChannel _declarations = GrpcChannel.ForAddress(options.Declarations);
    private readonly GrpcChannel _payments = GrpcChannel.ForAddress(options.Payments);
    private readonly GrpcChannel _ipRegister = GrpcChannel.ForAddress(options.IpRegister);

    public ActivityTraceId Trace { get; private set; } = ActivityTraceId.CreateRandom();

    public Declarations.V1.DeclarationService.DeclarationServiceClient Declarations => new(_declarations);

    public Payments.V1.PaymentsService.PaymentsServiceClient Payments => new(_payments);

    public IpRegister.V1.IpRegisterService.IpRegisterServiceClient IpRegister => new(_ipRegister);

    public static CallerIdentity Inspector { get; } = CallerIdentity.Officer("demo-inspector", "10005000", OfficerRole.Inspector);

    public static CallerIdentity Head { get; } = CallerIdentity.Officer("demo-head", "10005000", OfficerRole.Head);

    public static CallerIdentity RightHolder { get; } = CallerIdentity.Create(CallerRole.RightHolder, "demo-right-holder", null, null, null);

    /// <summary>Starts the next scenario's trace; returns the dashboard's address of it, when the dashboard is known.</summary>
    public string? NewTrace()
    {
        Trace = ActivityTraceId.CreateRandom();
        return options.Dashboard is { } dashboard ? new Uri(dashboard, $"/traces/detail/{Trace.ToHexString()}").ToString() : null;
    }

    /// <summary>The caller's token and the scenario's trace (a new span of it for each call).</summary>
    public Metadata As(CallerIdentity caller) => new()
    {
        { "authorization", $"Bearer {_tokens.Mint(caller, TimeSpan.FromMinutes(30))}" },
        { "traceparent", $"00-{Trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01" },
    };

    public void Dispose()
    {
        _declarations.Dispose();
        _payments.Dispose();
        _ipRegister.Dispose();
    }
}
