using System.Text.RegularExpressions;
using Customs.Declarations.V1;
using Customs.Suite.Tests.Declarations;
using Microsoft.Playwright;

namespace Customs.Suite.Tests.Dashboard;

/// <summary>
/// A real browser (Debian's Chromium, driven by Playwright) on the Aspire dashboard of the running graph. The screenshot
/// is kept in <c>artifacts/dashboard/</c> at the repository root.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class DashboardBrowserTests(GraphFixture graph)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_dashboard_shows_every_resource_running_and_healthy_and_a_trace_across_services()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: ./customs test installs the Debian package chromium.");
        await RegisterDeclarationAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        var artifacts = Path.Combine(Repository.Root, "artifacts", "dashboard");
        Directory.CreateDirectory(artifacts);
        try
        {
            await page.GotoAsync(graph.DashboardUrl.ToString());
            foreach (var resource in graph.App.HealthChecked())
            {
                // Aspire writes "Running" for a healthy resource and "Running (Unhealthy)" otherwise; a row's text runs its
                // cells together ("postgresRunning11:30 PM..."), and "declarations" must not match "declarations-db".
                var healthy = new Regex($@"(^|[^\w-]){Regex.Escape(resource.Name)}\s*Running(?!\s*\()");
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = healthy })).ToHaveCountAsync(1);
            }

            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "resources.png"), FullPage = true });

            // The registration's gRPC call wrote DeclarationRegistered to the outbox; it went through RabbitMQ to
            // Examination, which opened a control case: one trace across the services.
            await page.GotoAsync(new Uri(graph.DashboardUrl, "/traces").ToString());
            var registration = page.GetByRole(AriaRole.Row)
                .Filter(new() { HasText = "RegisterDeclaration" })
                .Filter(new() { HasText = "examination (" }).First;
            await Assertions.Expect(registration).ToBeVisibleAsync();
            var name = await registration.GetByRole(AriaRole.Gridcell).Filter(new() { HasText = "RegisterDeclaration" }).GetAttributeAsync("title");
            var traceId = Regex.Match(name ?? "", "Trace Id: ([0-9a-f]{32})").Groups[1].Value;
            await page.GotoAsync(new Uri(graph.DashboardUrl, $"/traces/detail/{traceId}").ToString());

            // The call in Declarations, the message through RabbitMQ, and Examination's consumer and its database.
            await Assertions.Expect(page.GetByText(new Regex("RegisterDeclaration")).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(new Regex("rabbitmq send .*DeclarationRegistered")).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(new Regex("examination-declaration-registered process")).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("examination-db", new() { Exact = true }).First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "trace-across-services.png"), FullPage = true });
        }
        catch
        {
            await File.WriteAllTextAsync(Path.Combine(artifacts, "failure.html"), await page.ContentAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "failure.png"), FullPage = true });
            throw;
        }
    }

    private async Task RegisterDeclarationAsync()
    {
        using var calls = new DeclarationCalls(graph);
        var filed = (await calls.Client.FileDeclarationAsync(DeclarationCalls.CommercialImport(), calls.AsDeclarant)).Declaration;
        await calls.Client.RegisterDeclarationAsync(
            new RegisterDeclarationRequest { DeclarationId = filed.DeclarationId, ExpectedVersion = filed.Version }, calls.AsOfficer());
    }
}
