using Customs.BuildingBlocks.Amounts;
using Customs.Payments.Api.Domain.Rates;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// Assesses a declaration (Arts. 318, 322-327): each item's customs value in roubles at the central bank's rate of the
/// acceptance date (Art. 326), then the payments of its kind, at the rates in force on that date (Art. 325(1)).
/// </summary>
public sealed class Assessor(CommercialRules commercial, PassengerRules passenger, PostalRules postal, PersonalExportRules personalExport)
{
    private static readonly string Art326 = CustomsCode.Article("Art. 326").ToString();
    private static readonly string Art326And383 = $"{CustomsCode.Article("Art. 326")}; {CustomsCode.Article("Art. 383(4)")}";

    public (AssessmentResult Result, decimal? PostalWeekTotalRub) Assess(DeclarationToAssess declaration, IExchangeRates rates, PostalWeek? week)
    {
        var on = declaration.AcceptanceDate;
        if (declaration.Kind == DeclarationKind.PersonalExport)
        {
            // Nothing is due whatever the value, so no value is converted and no rate is needed.
            return (new AssessmentResult(personalExport.Assess(declaration.Items, on), [], []), null);
        }

        var valued = declaration.Items.Select(item => (Item: item, Value: CustomsValue(item, rates))).ToList();
        var values = valued.Select(v => (v.Item, v.Value.AmountRub)).ToList();
        var items = new List<ItemAssessment>();
        var declarationFigures = new List<Figure>();
        decimal? weekTotal = null;
        switch (declaration.Kind)
        {
            case DeclarationKind.Passenger:
                items.AddRange(valued.Select(v => new ItemAssessment(v.Item.ItemNumber, v.Item.TariffCode, [v.Value])));
                declarationFigures.AddRange(passenger.DeclarationFigures(values, on, rates));
                break;
            case DeclarationKind.Postal:
                var (payments, total) = postal.Assess(values, week ?? throw new ArgumentNullException(nameof(week)), on, rates);
                items.AddRange(valued.Select((v, i) => new ItemAssessment(v.Item.ItemNumber, v.Item.TariffCode, [v.Value, .. payments[i]])));
                weekTotal = total;
                break;
            case DeclarationKind.Export:
                items.AddRange(valued.Select(v =>
                    new ItemAssessment(v.Item.ItemNumber, v.Item.TariffCode, [v.Value, commercial.ExportDuty(v.Item, v.Value.AmountRub, on, rates)])));
                declarationFigures.Add(commercial.Fee(values.Sum(v => v.AmountRub), on));
                break;
            default:
                items.AddRange(valued.Select(v =>
                    new ItemAssessment(v.Item.ItemNumber, v.Item.TariffCode, [v.Value, .. commercial.Payments(v.Item, v.Value.AmountRub, on, rates)])));
                declarationFigures.Add(commercial.Fee(values.Sum(v => v.AmountRub), on));
                break;
        }

        // EUR is listed where the assessment used it; a commercial declaration in roubles with ad valorem rates may not have.
        var used = new List<ExchangeRate>(2);
        foreach (var item in declaration.Items)
        {
            Use(item.Currency);
        }

        Use("EUR");
        return (new AssessmentResult(items, declarationFigures, used), weekTotal);

        void Use(string currency)
        {
            if (rates.Find(currency) is not { } rate)
            {
                return;
            }

            foreach (var listed in used)
            {
                if (listed.Currency == currency)
                {
                    return;
                }
            }

            used.Add(rate);
        }
    }

    /// <summary>
    /// Art. 326: converted at the central bank's rate in force on the day of acceptance, rounded once to kopecks; less the value
    /// of samples customs kept (Art. 383(4)), never below zero.
    /// </summary>
    private static Figure CustomsValue(ItemToAssess item, IExchangeRates rates)
    {
        var rate = rates.Of(item.Currency);
        var rub = MinorUnits.Round(item.CustomsValue * rate.PerUnit);
        var rateText = item.Currency == "RUB"
            ? "declared in roubles"
            : $"{Written.InPlain(rate.Value)} RUB per {rate.Nominal} {item.Currency} = {Written.InPlain(rate.PerUnit)} RUB per unit, set on {rate.SetOn:O}";
        var rounding = item.Currency == "RUB" ? Trace.NotRounded : Trace.ToKopecks;
        if (item.ValueReductionRub == 0)
        {
            return new(FigureKind.CustomsValue, rub, null, new(Written.Of(item.CustomsValue, item.Currency), rateText,
                "Art. 326: the central bank's rate in force on the day of acceptance", Art326, rounding));
        }

        return new(FigureKind.CustomsValue, Math.Max(0, rub - item.ValueReductionRub), null, new(
            $"{Written.Of(item.CustomsValue, item.Currency)} less {Written.InRub(item.ValueReductionRub)} of samples kept by customs", rateText,
            "Art. 326: the central bank's rate in force on the day of acceptance; Art. 383(4): reduced by the customs value of samples customs did not return",
            Art326And383, rounding));
    }
}
