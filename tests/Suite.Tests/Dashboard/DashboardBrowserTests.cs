using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Microsoft.Playwright;

namespace Customs.Suite.Tests.Dashboard;

/// <summary>
/// A real browser (Debian's Chromium, driven by Playwright) on the dashboard of the running graph. The screenshot is
/// kept in <c>artifacts/dashboard/</c> at the repository root.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class DashboardBrowserTests(GraphFixture graph)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_dashboard_shows_every_resource_healthy_and_a_trace_across_two_services()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: ./customs test installs the Debian package chromium.");
        var dashboard = graph.App.Dashboard ?? throw new InvalidOperationException("The graph runs without its dashboard.");
        var registrationNumber = await RegisterDeclarationAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync(dashboard.LoginUrl);
        var rows = page.Locator("#resources tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(graph.App.Resources.Count);
        await Assertions.Expect(page.Locator("#resources td.state-Healthy")).ToHaveCountAsync(graph.App.Resources.Count);

        // The registration's gRPC call wrote DeclarationRegistered to the outbox; it went through RabbitMQ to Examination,
        // which opened a control case: one trace, from the call to the consumer's database command.
        await page.GotoAsync($"{dashboard.Url}#/traces");
        var registration = page.Locator("#traces tbody tr:not([data-resources='1'])")
            .Filter(new() { HasText = "RegisterDeclaration" })
            .Filter(new() { HasText = "examination" }).First;
        await Assertions.Expect(registration).ToBeVisibleAsync();
        await registration.Locator("a").ClickAsync();

        var waterfall = page.Locator("#waterfall tbody tr");
        await Assertions.Expect(waterfall.Filter(new() { HasText = "RegisterDeclaration" }).Filter(new() { HasText = "declarations" }).First).ToBeVisibleAsync();
        await Assertions.Expect(waterfall.Filter(new() { HasText = "DeclarationRegistered" }).First).ToBeVisibleAsync();
        await Assertions.Expect(waterfall.Filter(new() { HasText = "examination-declaration-registered" }).First).ToBeVisibleAsync();
        await Assertions.Expect(waterfall.Filter(new() { HasText = "postgresql" }).Filter(new() { HasText = "examination" }).First).ToBeVisibleAsync();
        Assert.False(string.IsNullOrEmpty(registrationNumber));

        var screenshot = Path.Combine(Repository.Root, "artifacts", "dashboard", "trace-across-services.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    private async Task<string> RegisterDeclarationAsync()
    {
        using var calls = new DeclarationCalls(graph);
        var filed = (await calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), calls.AsDeclarant)).Declaration;
        var registered = await calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, calls.AsOfficer());
        return registered.Declaration.RegistrationNumber;
    }
}
