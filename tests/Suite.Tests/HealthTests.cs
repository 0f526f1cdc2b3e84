using Grpc.Health.V1;

namespace Customs.Suite.Tests;

[Collection(GraphCollection.Name)]
public sealed class HealthTests(GraphFixture graph)
{
    [Theory]
    [InlineData("declarations")]
    [InlineData("payments")]
    [InlineData("ipregister")]
    [InlineData("examination")]
    public async Task Every_service_reports_serving_over_grpc_health(string service)
    {
        using var channel = graph.App.CreateGrpcChannel(service);
        var client = new Health.HealthClient(channel);

        // gRPC health answers from the last published results (every 5 s): a service just restarted by another test
        // may still show the results of its first moments.
        await Eventually.WaitAsync(
            async () => (await client.CheckAsync(new HealthCheckRequest())).Status,
            status => status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(30),
            $"{service} serving over gRPC health");
    }
}
