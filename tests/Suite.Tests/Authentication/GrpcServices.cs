using System.Reflection;
using Aspire.Hosting;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Customs.Suite.Tests.Authentication;

/// <summary>Every gRPC service of the suite, from the descriptors generated from protos/, and a way to call any RPC of them.</summary>
internal static class GrpcServices
{
    public static IReadOnlyList<ServiceDescriptor> All { get; } =
    [
        .. typeof(GrpcServices).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(ServiceDescriptor))
            .Select(p => (ServiceDescriptor)p!.GetValue(null)!)
            .Where(s => s.File.Package.StartsWith("customs.", StringComparison.Ordinal)),
    ];

    public static string Path(MethodDescriptor rpc) => $"{rpc.Service.FullName}/{rpc.Name}";

    /// <summary>
    /// Calls each RPC with an empty request as each caller and returns a line for every answer other than the expected
    /// one. The service answering is the resource its package names (<c>customs.ipregister.v1</c> → <c>ipregister</c>), or
    /// the one <see cref="ServedBy"/> names for a package another service serves.
    /// </summary>
    public static async Task<List<string>> MismatchesAsync(
        DistributedApplication app, IEnumerable<string> paths,
        Func<string, IEnumerable<(string Caller, Metadata? Headers, StatusCode Expected)>> cells)
    {
        var rpcs = All.SelectMany(s => s.Methods).ToDictionary(Path);
        var wrong = new List<string>();
        foreach (var group in paths.Select(p => rpcs[p]).GroupBy(r => r.Service))
        {
            using var channel = app.CreateGrpcChannel(Resource(group.Key.File.Package));
            var invoker = channel.CreateCallInvoker();
            foreach (var rpc in group)
            {
                foreach (var (caller, headers, expected) in cells(Path(rpc)))
                {
                    var (actual, detail) = await CallAsync(invoker, rpc, headers);
                    if (actual != expected)
                    {
                        wrong.Add($"{Path(rpc)} as {caller}: expected {expected}, got {actual} ({detail})");
                    }
                }
            }
        }

        return wrong;
    }

    /// <summary>Packages served by a service of another name: <c>customs.guarantees.v1</c> by Payments.</summary>
    private static readonly Dictionary<string, string> ServedBy = new() { ["guarantees"] = "payments" };

    /// <summary>The resource serving a package.</summary>
    public static string Resource(string package)
    {
        var area = package.Split('.')[1];
        return ServedBy.GetValueOrDefault(area, area);
    }

    private static async Task<(StatusCode, string)> CallAsync(CallInvoker invoker, MethodDescriptor rpc, Metadata? headers)
    {
        var answer = await CallAsync(invoker, rpc, rpc.InputType.Parser.ParseFrom(ByteString.Empty), headers);
        return (answer.StatusCode, answer.Status.Detail);
    }

    /// <summary>Calls any unary RPC with <paramref name="request"/>; the answer is its status (OK included) and trailers.</summary>
    public static async Task<RpcException> CallAsync(CallInvoker invoker, MethodDescriptor rpc, IMessage request, Metadata? headers)
    {
        if (rpc.IsClientStreaming || rpc.IsServerStreaming)
        {
            throw new NotSupportedException($"{Path(rpc)} streams: teach the role matrix to call it.");
        }

        var method = new Method<IMessage, IMessage>(MethodType.Unary, rpc.Service.FullName, rpc.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.InputType.Parser.ParseFrom),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.OutputType.Parser.ParseFrom));
        try
        {
            await invoker.AsyncUnaryCall(method, null, new CallOptions(headers, DateTime.UtcNow.AddSeconds(30)), request);
            return new RpcException(Status.DefaultSuccess);
        }
        catch (RpcException ex)
        {
            return ex;
        }
    }
}
