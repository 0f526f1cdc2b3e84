using System.Runtime.CompilerServices;
using Customs.BuildingBlocks.Amounts;
using Customs.BuildingBlocks.ReferenceData;
using Customs.Payments.Api.Domain.Rates;
using Customs.Payments.Api.Domain.Reference;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>
/// The payments of Art. 318(1) on one item at the tariff's and the Tax Code's rates (Arts. 322, 325): import duty on the
/// customs value and/or quantity, excise on the quantity, VAT on customs value + duty + excise.
/// </summary>
public sealed class CommercialRules(ReferenceBook book)
{
    public IReadOnlyList<Figure> Payments(ItemToAssess item, decimal customsValueRub, DateOnly on, IExchangeRates rates, string? because = null)
    {
        var duty = Duty(item, customsValueRub, on, rates, because);
        var excise = Excise(item, on);
        var vat = Vat(item, customsValueRub, duty.AmountRub, excise?.AmountRub ?? 0, on);
        return excise is null ? [duty, vat] : [duty, excise, vat];
    }

    public Figure Duty(ItemToAssess item, decimal customsValueRub, DateOnly on, IExchangeRates rates, string? because = null) =>
        DutyBy(book.Tariff, item, customsValueRub, on, rates, because);

    /// <summary>
    /// Art. 318(1)[2]: the export duty of an item by the export rates in force on the day of acceptance (Art. 325(1)), in
    /// the same forms as import duty; VAT and excise are not charged on goods exported (only duties of the export rates
    /// and the fee are customs payments of an export here). Art. 327(2) without a code: the highest export rate.
    /// </summary>
    public Figure ExportDuty(ItemToAssess item, decimal customsValueRub, DateOnly on, IExchangeRates rates)
    {
        var figure = DutyBy(book.ExportTariff, item, customsValueRub, on, rates, null);
        return figure with { Kind = FigureKind.ExportDuty, Trace = figure.Trace with { Rule = $"export duty (Art. 318(1)[2]); {figure.Trace.Rule}" } };
    }

    private Figure DutyBy(CodeLines<TariffRate> tariff, ItemToAssess item, decimal customsValueRub, DateOnly on, IExchangeRates rates, string? because)
    {
        if (item.TariffCode.Length == 0)
        {
            // Art. 327(2): without the goods' code, "the highest rates of customs duties ... which may be determined based on
            // the available information": every line in force, applied to what is known of the item, the highest duty.
            var highest = tariff.InForce(on)
                .Select(line => (line.Prefix, Figure: DutyAt(line.Value, item, customsValueRub, rates)))
                .OrderByDescending(d => d.Figure.AmountRub).FirstOrDefault();
            if (highest.Figure is null)
            {
                throw ReferenceBook.NotInForce(tariff.Name, on);
            }

            return highest.Figure with
            {
                Trace = highest.Figure.Trace with
                {
                    Rule = $"{(because is null ? "" : because + "; ")}Art. 327(2): no tariff code declared: the highest duty of the lines in force (line {highest.Prefix}); {highest.Figure.Trace.Rule}",
                },
            };
        }

        var found = tariff.Find(item.TariffCode)
            ?? throw new RuleViolationException(PaymentErrors.TariffCodeNotInTariff,
                $"No line of the {tariff.Name} covers code {item.TariffCode}.", "Art. 325(2)");
        var rate = ReferenceBook.Require(found.Schedule, on);
        return DutyAt(rate, item, customsValueRub, rates, because, found.Prefix);
    }

    /// <summary>The duty at one rate; the reason of a reassessment (<paramref name="because"/>) and the tariff line go before the rule.</summary>
    private static Figure DutyAt(
        EffectiveValue<TariffRate> rate, ItemToAssess item, decimal customsValueRub, IExchangeRates rates, string? because = null, string? line = null)
    {
        var reference = Written.Once(rate.Reference);
        var tariff = rate.Value;
        decimal? adValorem = tariff.Percent is { } percent ? MinorUnits.Round(customsValueRub * percent / 100m) : null;
        ExchangeRate? eur = tariff.EurPerUnit is null ? null : rates.Of("EUR");
        decimal? specific = tariff.EurPerUnit is { } perUnit ? MinorUnits.Round(item.Quantity * perUnit * eur!.PerUnit) : null;
        string AdValoremBase() => $"customs value {Written.InRub(customsValueRub)}";
        string SpecificBase() => $"{Written.InPlain(item.Quantity)} {tariff.Unit} at {Written.InPlain(eur?.PerUnit ?? 0)} RUB/EUR";
        return tariff.Kind switch
        {
            RateKind.AdValorem => new(FigureKind.ImportDuty, adValorem!.Value, null,
                new(AdValoremBase(), Written.Once(tariff), Rule(because, line, "ad valorem rate (Art. 322: on the customs value)"), reference, Trace.ToKopecks)),
            RateKind.Specific => new(FigureKind.ImportDuty, specific!.Value, null,
                new(SpecificBase(), Written.Once(tariff), Rule(because, line, "specific rate (Art. 322: on the quantity)"), reference, Trace.ToKopecks)),
            _ => Combined(adValorem!.Value, specific!.Value, AdValoremBase(), SpecificBase(), tariff, reference, because, line),
        };
    }

    /// <summary>A rule as written in the trace: "{because}; tariff line {line}; {text}", one string whatever is there.</summary>
    private static string Rule(string? because, string? line, string text)
    {
        if (because is null && line is null)
        {
            return text;
        }

        var rule = new DefaultInterpolatedStringHandler(0, 0);
        if (because is not null)
        {
            rule.AppendLiteral(because);
            rule.AppendLiteral("; ");
        }

        if (line is not null)
        {
            rule.AppendLiteral("tariff line ");
            rule.AppendLiteral(line);
            rule.AppendLiteral("; ");
        }

        rule.AppendLiteral(text);
        return rule.ToStringAndClear();
    }

    private static Figure Combined(
        decimal adValorem, decimal specific, string adValoremBase, string specificBase, TariffRate tariff, string reference, string? because, string? line)
    {
        var specificIsHigher = specific > adValorem;
        var rule = Rule(because, line, $"combined rate: {tariff.Percent!.Value}% gives {Written.InRub(adValorem)}, {tariff.EurPerUnit!.Value} EUR per {tariff.Unit} gives "
            + $"{Written.InRub(specific)}; \"but not less than\": the higher, the {(specificIsHigher ? "specific" : "ad valorem")} part, applies");
        return new(FigureKind.ImportDuty, Math.Max(adValorem, specific), null,
            new($"{adValoremBase}; {specificBase}", Written.Once(tariff), rule, reference, Trace.ToKopecks));
    }

    private Figure? Excise(ItemToAssess item, DateOnly on)
    {
        if (item.TariffCode.Length == 0 || book.Excise.Find(item.TariffCode) is not { } line)
        {
            return null;
        }

        var rate = ReferenceBook.Require(line.Schedule, on);
        return new(FigureKind.Excise, MinorUnits.Round(item.Quantity * rate.Value.RubPerUnit), null,
            new($"{Written.InPlain(item.Quantity)} {rate.Value.Unit}", $"{Written.InPlain(rate.Value.RubPerUnit)} RUB per {rate.Value.Unit}",
                $"excise line {line.Prefix} (Art. 318(1)[4])", Written.Once(rate.Reference), Trace.ToKopecks));
    }

    /// <summary>
    /// VAT on imported goods (Art. 318(1)[3]) on customs value + duty + excise: the standard rate of Tax Code Art. 164(3), or
    /// the reduced rate of 164(2) where a line of the Government's lists covers the item's code on the day (164(5): imports
    /// are taxed at the rates of 164(2) and (3)). Without a code (Art. 327(2)), the standard rate, the higher.
    /// </summary>
    private Figure Vat(ItemToAssess item, decimal customsValueRub, decimal duty, decimal excise, DateOnly on)
    {
        var reduced = item.TariffCode.Length == 0 ? null : book.ReducedVatPercent.Find(item.TariffCode);
        var reducedRate = reduced?.Schedule.At(on);
        var rate = reducedRate ?? ReferenceBook.Require(book.VatPercent, on);
        var rule = reducedRate is null
            ? "VAT on imported goods: customs value plus import duty plus excise (Art. 318(1)[3])"
            : $"VAT on imported goods: customs value plus import duty plus excise (Art. 318(1)[3]); the reduced rate of Tax Code Art. 164(2), line {reduced!.Value.Prefix}";
        var taxBase = customsValueRub + duty + excise;
        return new(FigureKind.Vat, MinorUnits.Round(taxBase * rate.Value / 100m), null,
            new($"customs value {Written.InRub(customsValueRub)} + duty {Written.InRub(duty)} + excise {Written.InRub(excise)} = {Written.InRub(taxBase)}",
                Written.Once(rate, static r => $"{Written.InPlain(((EffectiveValue<decimal>)r).Value)}%"), rule,
                Written.Once(rate.Reference), Trace.ToKopecks));
    }

    /// <summary>The customs fee for the declaration, by the band of its total customs value.</summary>
    public Figure Fee(decimal totalCustomsValueRub, DateOnly on)
    {
        var bands = ReferenceBook.Require(book.CustomsFees, on);
        // The lowest band the value does not exceed; the last band has no upper bound.
        FeeBand? band = null;
        foreach (var candidate in bands.Value)
        {
            if ((candidate.UpToRub is null || totalCustomsValueRub <= candidate.UpToRub)
                && (band is null || (candidate.UpToRub ?? decimal.MaxValue) < (band.UpToRub ?? decimal.MaxValue)))
            {
                band = candidate;
            }
        }

        if (band is null)
        {
            throw new InvalidOperationException($"No customs fee band in force on {on:yyyy-MM-dd} covers {totalCustomsValueRub} RUB.");
        }

        var bandText = band.UpToRub is { } upTo ? $"up to {Written.InRub(upTo)}" : "over the last band";
        return new(FigureKind.CustomsFee, band.FeeRub, null,
            new($"customs value of the declaration {Written.InRub(totalCustomsValueRub)}", $"{Written.InRub(band.FeeRub)} for the band {bandText}",
                "customs fee for customs operations (Art. 318(1)[5]), by customs value bands", Written.Once(bands.Reference), Trace.NotRounded));
    }
}
