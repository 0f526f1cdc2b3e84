using Customs.Payments.Api.Domain.Reference;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Grpc.Core;

namespace Customs.Payments.Api.Grpc;

/// <summary>What other services read of Payments' reference data (the Declarations service's memo rules).</summary>
public sealed partial class PaymentsGrpcService
{
    public override async Task<GetPersonalUseReferenceResponse> GetPersonalUseReference(GetPersonalUseReferenceRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var on = RequestMapping.Required(request.On, "on", violations);
        for (var i = 0; i < request.CurrencyCodes.Count; i++)
        {
            if (request.CurrencyCodes[i] is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper))
            {
                violations.Add(new($"currency_codes[{i}]", "needs an ISO 4217 code (3 capital letters)"));
            }
        }

        RequestValidationException.ThrowIfAny(violations);
        var day = on!.Value;
        var parameters = ReferenceBook.Require(book.PersonalUse, day);
        var asked = request.CurrencyCodes.Where(c => c != "RUB").Distinct().ToList();
        var table = await rates.RatesOnAsync(day, asked, context.CancellationToken);
        var exportLines = ExportDutyLines.On(book.ExportTariff, day, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var response = new GetPersonalUseReferenceResponse
        {
            On = day.ToDate(), Parameters = ToProto(parameters), ExportDutyLinesFinal = exportLines.Final,
            ExportDutyLines =
            {
                exportLines.Lines.Select(l => new ExportDutyLine
                {
                    CodePrefix = l.Prefix, EffectiveFrom = l.Value.From.ToDate(), EffectiveUntil = l.Value.Until.ToDate(),
                    LegalReference = l.Value.Reference.ToString(),
                }),
            },
        };
        foreach (var currency in asked)
        {
            if (table.Find(currency) is { } rate)
            {
                // A day's figures are never changed (ExchangeRateStore refuses other figures), so a rate set for the day asked is final.
                response.Rates.Add(new RateInForce
                {
                    CurrencyCode = currency, RublesPerUnit = rate.PerUnit.ToWireDecimal(), SetOn = rate.SetOn.ToDate(), Final = rate.SetOn == day,
                });
            }
            else
            {
                response.CurrenciesWithoutRate.Add(currency);
            }
        }

        return response;
    }

    private static V1.PersonalUseParameters ToProto(BuildingBlocks.ReferenceData.EffectiveValue<Domain.Reference.PersonalUseParameters> value)
    {
        var p = value.Value;
        var proto = new V1.PersonalUseParameters
        {
            ValueAllowanceEur = p.ValueAllowanceEur.ToWireDecimal(), WeightAllowanceKg = p.WeightAllowanceKg.ToWireDecimal(),
            FlatRatePercent = p.FlatRatePercent.ToWireDecimal(), FlatRateMinEurPerKg = p.FlatRateMinEurPerKg.ToWireDecimal(),
            AlcoholFreeLitres = p.AlcoholFreeLitres.ToWireDecimal(), AlcoholMaxLitres = p.AlcoholMaxLitres.ToWireDecimal(),
            AlcoholEurPerLitre = p.AlcoholEurPerLitre.ToWireDecimal(), EthylAlcoholEurPerLitre = p.EthylAlcoholEurPerLitre.ToWireDecimal(),
            EthylAlcoholCode = p.EthylAlcoholCode, AlcoholCodes = { p.AlcoholCodes },
            EffectiveFrom = value.From.ToDate(), EffectiveUntil = value.Until.ToDate(), LegalReference = value.Reference.ToString(),
            // A past value is never edited: a closed period's answer cannot change; an open-ended one may be closed later.
            Final = value.Until is not null,
        };
        return proto;
    }
}
