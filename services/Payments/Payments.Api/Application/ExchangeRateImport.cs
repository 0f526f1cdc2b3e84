using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Application;

/// <summary>Imports a central bank daily file: the same file twice changes nothing; a day's stored figures never change.</summary>
public sealed class ExchangeRateImport(ExchangeRateStore store)
{
    public async Task<(DateOnly SetOn, int Currencies, bool Changed)> ImportAsync(string cbrXml, CancellationToken ct)
    {
        var (setOn, rates) = CbrDailyRates.Parse(cbrXml);
        var inserted = await store.ImportAsync(setOn, rates, ct);
        return (setOn, rates.Count, inserted > 0);
    }
}
