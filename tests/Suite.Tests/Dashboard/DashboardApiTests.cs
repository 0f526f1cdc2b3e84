using System.Net.Http.Json;
using System.Text.Json;

namespace Customs.Suite.Tests.Dashboard;

[Collection(GraphCollection.Name)]
public sealed class DashboardApiTests(GraphFixture graph)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_console_of_a_resource_keeps_its_output_searchable_and_streams_it()
    {
        using var http = new HttpClient { BaseAddress = graph.App.Dashboard!.Url, Timeout = Patience };

        var found = await http.GetFromJsonAsync<JsonElement>("/api/resources/postgres/console?q=ready%20to%20accept%20connections");
        Assert.NotEmpty(found.EnumerateArray());
        Assert.All(found.EnumerateArray(), l => Assert.Contains("ready to accept connections", l.GetProperty("text").GetString()));

        using var stream = await http.GetStreamAsync("/api/resources/postgres/console/stream");
        using var reader = new StreamReader(stream);
        var first = await reader.ReadLineAsync();
        Assert.StartsWith("data: {", first);
        Assert.Equal(1, JsonDocument.Parse(first!["data: ".Length..]).RootElement.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task A_service_restarted_from_the_dashboard_comes_back_healthy_with_a_new_process()
    {
        using var http = new HttpClient { BaseAddress = graph.App.Dashboard!.Url, Timeout = Patience };
        var before = graph.App.GetResource("payments").ProcessId;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/resources/payments/restart") { Headers = { { "X-Dashboard", "1" } } };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(Patience);
        await graph.App.WaitForResourceHealthyAsync("payments", timeout.Token);

        var resources = await http.GetFromJsonAsync<JsonElement>("/api/resources");
        var payments = Assert.Single(resources.EnumerateArray(), r => r.GetProperty("name").GetString() == "payments");
        Assert.Equal("Healthy", payments.GetProperty("state").GetString());
        Assert.NotEqual(before, payments.GetProperty("processId").GetInt32());
    }
}
