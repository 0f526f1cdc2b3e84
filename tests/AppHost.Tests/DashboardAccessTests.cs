using System.Net;
using System.Net.Sockets;

namespace Customs.AppHost.Tests;

public sealed class DashboardAccessTests
{
    [Fact]
    public async Task On_loopback_the_dashboard_is_open()
    {
        await using var app = await DashboardHost.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Dashboard!.Url };

        using var page = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(app.Dashboard.Token);
        Assert.Contains("<title>Customs Suite", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task On_loopback_it_answers_only_to_its_own_names_so_a_rebound_dns_name_gets_nothing()
    {
        await using var app = await DashboardHost.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Dashboard!.Url };
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/resources") { Headers = { Host = $"attacker.example:{app.Dashboard.Url.Port}" } };
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/resources") { Headers = { Host = $"localhost:{app.Dashboard.Url.Port}" } };

        using var refused = await http.SendAsync(rebound);
        using var served = await http.SendAsync(local);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Beyond_loopback_it_asks_for_the_token_printed_at_start_up()
    {
        await using var app = await DashboardHost.StartAsync(o => o.DashboardHost = "0.0.0.0");
        var token = app.Dashboard!.Token!;
        var address = new Uri($"http://127.0.0.1:{app.Dashboard.Url.Port}");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };

        using var anonymous = await http.GetAsync("/api/resources");
        using var wrong = await http.GetAsync("/login?t=0123");
        using var login = await http.GetAsync($"/login?t={token}");
        using var afterLogin = await http.GetAsync("/api/resources");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterLogin.StatusCode);
        Assert.Contains($"/login?t={token}", app.Dashboard.LoginUrl);
    }

    [Fact]
    public async Task When_its_usual_port_is_taken_the_dashboard_takes_a_free_one()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var taken = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var app = await DashboardHost.StartAsync(o => o.DashboardPort = taken);
        using var http = new HttpClient { BaseAddress = app.Dashboard!.Url };
        using var page = await http.GetAsync("/");

        Assert.NotEqual(taken, app.Dashboard.Url.Port);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Resource_actions_need_the_dashboard_header_so_another_site_cannot_post_them()
    {
        await using var app = await DashboardHost.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Dashboard!.Url };

        using var response = await http.PostAsync("/api/resources/postgres/stop", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
