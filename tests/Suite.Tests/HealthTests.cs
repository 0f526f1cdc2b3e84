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

        var response = await client.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
