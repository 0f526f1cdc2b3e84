using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Rates;

/// <summary>
/// The Central Bank of Russia's daily rates file (XML_daily): <c>&lt;ValCurs Date="dd.MM.yyyy"&gt;</c> with one
/// <c>&lt;Valute&gt;</c> per currency: <c>CharCode</c> (ISO 4217), <c>Nominal</c> (units quoted) and <c>Value</c>
/// (roubles for Nominal units, with a decimal comma: "92,4276"). Anything else in the file is ignored.
/// </summary>
public static class CbrDailyRates
{
    private const string Field = "cbr_xml";

    public static (DateOnly SetOn, IReadOnlyList<ExchangeRate> Rates) Parse(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException)
        {
            throw Invalid("is not well-formed XML");
        }

        var root = document.Root;
        if (root?.Name.LocalName != "ValCurs")
        {
            throw Invalid("is not a ValCurs document of the central bank");
        }

        if (!DateOnly.TryParseExact((string?)root.Attribute("Date"), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var setOn))
        {
            throw Invalid("has no ValCurs Date attribute in the form dd.MM.yyyy");
        }

        var rates = new List<ExchangeRate>();
        foreach (var (valute, index) in root.Elements("Valute").Select((v, i) => (v, i)))
        {
            var code = valute.Element("CharCode")?.Value.Trim() ?? "";
            var nominalText = valute.Element("Nominal")?.Value.Trim() ?? "";
            var valueText = valute.Element("Value")?.Value.Trim() ?? "";
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)
                || !int.TryParse(nominalText, NumberStyles.None, CultureInfo.InvariantCulture, out var nominal) || nominal <= 0
                || !decimal.TryParse(valueText.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value <= 0 || value > 1_000_000m || decimal.Round(value, 4) != value)
            {
                throw Invalid($"Valute {index + 1} needs a CharCode of 3 capital letters, a positive whole Nominal and a positive Value of at most 4 decimals");
            }

            rates.Add(new ExchangeRate(code, setOn, nominal, value));
        }

        if (rates.Count == 0)
        {
            throw Invalid("has no Valute");
        }

        if (rates.GroupBy(r => r.Currency).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Invalid($"quotes {twice.Key} twice");
        }

        return (setOn, rates);
    }

    private static RequestValidationException Invalid(string problem) => new([new FieldViolation(Field, $"The file {problem}.")]);
}
