using System.Text.Json;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Google.Rpc;
using Grpc.Core;
using StackExchange.Redis;

namespace Customs.Declarations.Api.Caching;

/// <summary>
/// The memo's allowances and the central bank rates of a day, asked of the Payments service (the one record of both), with
/// its answers cached in Redis. Only answers that can never change are cached, so nothing cached is ever stale and there is
/// nothing to invalidate: a rate set for the very day asked (a day's figures are never changed; a rate carried forward
/// from an earlier day would change if a file for a day in between were imported), and allowances of a closed period (a
/// past value is never edited; the open-ended one may be closed by a later value, so it is asked each time), and the export
/// tariff's lines of a day only when Payments says they are final (every line closed and the day over). A missing
/// rate is never cached. Redis down or slow: everything is asked of Payments (its rates are in PostgreSQL). Payments
/// unreachable: <see cref="DependencyUnavailableException"/>, before anything is written.
/// </summary>
public sealed class PaymentsReference(PaymentsService.PaymentsServiceClient payments, IConnectionMultiplexer redis, ILogger<PaymentsReference> logger)
{
    public const string UnavailableReason = "PAYMENTS_UNAVAILABLE";
    private const string Prefix = "declarations:payments:";

    /// <param name="exportDutyLines">The export tariff's lines are wanted too (an export of goods for personal use).</param>
    public async Task<PersonalUseReference> ForAsync(DateOnly on, IReadOnlySet<string> currencies, bool exportDutyLines, CancellationToken ct)
    {
        var allowancesKey = (RedisKey)$"{Prefix}personal-use:{on:yyyy-MM-dd}";
        var linesKey = (RedisKey)$"{Prefix}export-duty-lines:{on:yyyy-MM-dd}";
        var rateKeys = currencies.Order(StringComparer.Ordinal).Select(c => (Currency: c, Key: (RedisKey)$"{Prefix}rate:{c}:{on:yyyy-MM-dd}")).ToList();
        var cached = await ReadAsync([allowancesKey, linesKey, .. rateKeys.Select(r => r.Key)]);

        var allowances = cached?[0] is { HasValue: true } a ? JsonSerializer.Deserialize<MemoAllowances>((string)a!) : null;
        var lines = cached?[1] is { HasValue: true } l ? JsonSerializer.Deserialize<ExportDutyLines>((string)l!) : null;
        var rates = new List<CentralBankRate>();
        var missing = new List<string>();
        for (var i = 0; i < rateKeys.Count; i++)
        {
            if (cached?[i + 2] is { HasValue: true } r && JsonSerializer.Deserialize<CentralBankRate>((string)r!) is { } rate)
            {
                rates.Add(rate);
            }
            else
            {
                missing.Add(rateKeys[i].Currency);
            }
        }

        if (allowances is not null && missing.Count == 0 && (lines is not null || !exportDutyLines))
        {
            return new PersonalUseReference(on, allowances, new RatesInForce(on, rates)) { ExportDuty = lines };
        }

        var answer = await AskAsync(on, missing, ct);
        allowances = ToAllowances(answer.Parameters);
        lines = new ExportDutyLines([.. answer.ExportDutyLines.Select(x => new Domain.PersonalUse.ExportDutyLine(x.CodePrefix, x.LegalReference))]);
        var fresh = answer.Rates.Select(r => new CentralBankRate(r.CurrencyCode, r.RublesPerUnit.ToDecimal(), r.SetOn.ToDateOnlyOrNull()!.Value)).ToList();
        var final = answer.Rates.Zip(fresh).Where(x => x.First.Final).Select(x => (Key: (RedisKey)$"{Prefix}rate:{x.Second.Currency}:{on:yyyy-MM-dd}", Value: JsonSerializer.Serialize(x.Second)));
        if (answer.Parameters.Final)
        {
            final = final.Append((allowancesKey, JsonSerializer.Serialize(allowances)));
        }

        if (answer.ExportDutyLinesFinal)
        {
            final = final.Append((linesKey, JsonSerializer.Serialize(lines)));
        }

        await WriteAsync([.. final]);
        return new PersonalUseReference(on, allowances, new RatesInForce(on, [.. rates, .. fresh])) { ExportDuty = lines };
    }

    private async Task<GetPersonalUseReferenceResponse> AskAsync(DateOnly on, IReadOnlyList<string> currencies, CancellationToken ct)
    {
        try
        {
            return await payments.GetPersonalUseReferenceAsync(
                new GetPersonalUseReferenceRequest { On = on.ToDate(), CurrencyCodes = { currencies } }, cancellationToken: ct);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
        {
            logger.LogWarning(ex, "The Payments service did not answer for the memo's allowances and rates of {Day}", on);
            throw new DependencyUnavailableException(UnavailableReason,
                $"The Payments service, which holds the central bank's rates and the memo's allowances, did not answer ({ex.StatusCode}); "
                + "nothing was written: send the request again.", ex);
        }
        catch (RpcException ex) when (ex.GetRpcStatus()?.GetDetail<ErrorInfo>() is { } info && ex.StatusCode == StatusCode.FailedPrecondition)
        {
            // Payments' own refusal (e.g. no parameters loaded for the day), passed on with its reason and legal basis.
            throw new RuleViolationException(info.Reason, $"Payments: {ex.Status.Detail}", info.Metadata.GetValueOrDefault("legal_basis"));
        }
    }

    private async Task<RedisValue[]?> ReadAsync(RedisKey[] keys)
    {
        if (!redis.IsConnected)
        {
            return null;
        }

        try
        {
            return await redis.GetDatabase().StringGetAsync(keys);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis did not answer a rate lookup; asking the Payments service");
            return null;
        }
    }

    private async Task WriteAsync(IReadOnlyList<(RedisKey Key, string Value)> entries)
    {
        if (entries.Count == 0 || !redis.IsConnected)
        {
            return;
        }

        try
        {
            // Final answers never change, so they need no expiry to stay right; a day's entries are small.
            await redis.GetDatabase().StringSetAsync([.. entries.Select(e => new KeyValuePair<RedisKey, RedisValue>(e.Key, e.Value))]);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis did not take the rates of a day; they are asked of Payments next time");
        }
    }

    private static MemoAllowances ToAllowances(PersonalUseParameters p) => new()
    {
        ValueLimitEur = p.ValueAllowanceEur.ToDecimal(),
        WeightLimitKg = p.WeightAllowanceKg.ToDecimal(),
        AlcoholFreeLitres = p.AlcoholFreeLitres.ToDecimal(),
        AlcoholMaxLitres = p.AlcoholMaxLitres.ToDecimal(),
        AlcoholEurPerLitre = p.AlcoholEurPerLitre.ToDecimal(),
        EthylAlcoholEurPerLitre = p.EthylAlcoholEurPerLitre.ToDecimal(),
        EthylAlcoholCode = p.EthylAlcoholCode,
        EffectiveFrom = p.EffectiveFrom.ToDateOnlyOrNull()!.Value,
        Source = p.LegalReference,
    };
}
