namespace Customs.Payments.Api.Application;

/// <summary>
/// At start-up, after the migrations, imports the central bank files shipped in Data/ReferenceData (cbr-*.xml): a real
/// sample, so a fresh graph can assess. Importing them again on every start changes nothing.
/// </summary>
public sealed class ShippedRatesImport(ExchangeRateImport import, ILogger<ShippedRatesImport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(ShippedRatesImport).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".cbr-", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)).Order())
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (setOn, currencies, changed) = await import.ImportAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
            if (changed)
            {
                logger.LogInformation("Imported {Currencies} central bank rates set on {SetOn} from {File}", currencies, setOn, name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
