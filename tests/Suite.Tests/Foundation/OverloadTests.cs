using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Google.Rpc;
using Grpc.Core;

namespace Customs.Suite.Tests.Foundation;

/// <summary>
/// Beyond its capacity a service refuses what it cannot take at once (ResourceExhausted, OVERLOADED) instead of letting
/// calls wait for a database connection until they fail as Unknown, writes nothing of a refused call, and serves the
/// next call as soon as the load is gone (ServiceDefaults' CallLimitInterceptor: 32 calls running, 128 waiting).
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class OverloadTests(GraphFixture graph)
{
    // 500 filings sent at once over five channels against room for 160 (running and waiting).
    private const int Connections = 5;
    private const int CallsPerConnection = 100;

    [Fact]
    public async Task Filings_beyond_capacity_are_refused_at_once_with_nothing_written_and_the_next_call_is_served()
    {
        using var declarations = new DeclarationCalls(graph);
        var channels = Enumerable.Range(0, Connections).Select(_ => graph.App.CreateGrpcChannel("declarations")).ToList();
        try
        {
            var requests = Enumerable.Range(0, Connections * CallsPerConnection)
                .Select(_ => DeclarationCalls.CommercialImport()).ToList();
            var outcomes = await Task.WhenAll(requests.Select(async (request, i) =>
            {
                var client = new DeclarationService.DeclarationServiceClient(channels[i % Connections]);
                try
                {
                    await client.FileDeclarationAsync(request, declarations.AsDeclarant);
                    return (request, Code: StatusCode.OK, Reason: "");
                }
                catch (RpcException e)
                {
                    return (request, Code: e.StatusCode, Reason: e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "");
                }
            }));

            // Every call was either filed or refused for overload: none timed out, none failed as Unknown or Internal.
            Assert.All(outcomes, o => Assert.Contains((o.Code, o.Reason), new[] { (StatusCode.OK, ""), (StatusCode.ResourceExhausted, "OVERLOADED") }));
            var refused = outcomes.Where(o => o.Code == StatusCode.ResourceExhausted).Select(o => o.request).ToList();
            Assert.NotEmpty(refused);
            Assert.Contains(outcomes, o => o.Code == StatusCode.OK);

            // Nothing of a refused call was written: the declarant has exactly the filings that were answered OK.
            Assert.Equal(outcomes.Length - refused.Count, await CountMineAsync(declarations));

            // The load is gone: the refused filings, sent again with their request ids, are all filed, one by one at once.
            foreach (var request in refused)
            {
                await declarations.Client.FileDeclarationAsync(request, declarations.AsDeclarant);
            }

            Assert.Equal(outcomes.Length, await CountMineAsync(declarations));
        }
        finally
        {
            channels.ForEach(c => c.Dispose());
        }
    }

    private static async Task<int> CountMineAsync(DeclarationCalls declarations)
    {
        var count = 0;
        var request = new ListDeclarationsRequest { PageSize = 100 };
        do
        {
            var page = await declarations.Client.ListDeclarationsAsync(request, declarations.AsDeclarant);
            count += page.Declarations.Count;
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");

        return count;
    }
}
