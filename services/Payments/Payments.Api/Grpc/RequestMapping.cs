using Customs.BuildingBlocks.Amounts;
using Customs.BuildingBlocks.Calendar;
using Customs.Payments.Api.Domain.Assessment;
using Customs.ServiceDefaults;
using Google.Type;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>Requests to domain values, with one field violation per problem (the shape was checked by WireRules already).</summary>
internal static class RequestMapping
{
    public static DeclarationToAssess ToDeclaration(V1.AssessDeclarationRequest request)
    {
        var violations = new List<FieldViolation>();
        RequireId(request.DeclarationId, "declaration_id", violations);
        if (request.Kind == V1.DeclarationKind.Unspecified)
        {
            violations.Add(new("kind", "is required: commercial, passenger or postal"));
        }

        var acceptance = Required(request.AcceptanceDate, "acceptance_date", violations);
        if (OfficeTimeZones.Default.TryZoneOf(request.CustomsOfficeCode) is null)
        {
            violations.Add(new("customs_office_code", "is required: a customs office of the office data, whose date the terms follow"));
        }

        if (request.Kind == V1.DeclarationKind.Postal && string.IsNullOrWhiteSpace(request.RecipientId))
        {
            violations.Add(new("recipient_id", "is required for postal items: the week is counted per recipient (Art. 319(2)[2])"));
        }

        if (request.PayerTaxpayerNumber.Length > 0)
        {
            TaxpayerNumber(request.PayerTaxpayerNumber, "payer_taxpayer_number", violations);
        }

        var items = ToItems(request.Items, "items", violations);
        RequestValidationException.ThrowIfAny(violations);
        return new(request.DeclarationId, EnumMap.To<DeclarationKind>(request.Kind), acceptance!.Value, request.RecipientId.Trim(), items);
    }

    public static IReadOnlyList<ItemToAssess> ToItems(V1.ReassessDeclarationRequest request)
    {
        var violations = new List<FieldViolation>();
        RequireId(request.DeclarationId, "declaration_id", violations);
        if (request.ExpectedVersion <= 0)
        {
            violations.Add(new("expected_version", "is required: the version of the assessment read"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            violations.Add(new("reason", "is required: the act or decision that established the quantity or value"));
        }

        var items = ToItems(request.Items, "items", violations);
        RequestValidationException.ThrowIfAny(violations);
        return items;
    }

    public static DateOnly? Required(Date? date, string field, List<FieldViolation> violations)
    {
        if (date.ToDateOnlyOrNull() is { } value)
        {
            return value;
        }

        violations.Add(new(field, "is required"));
        return null;
    }

    public static decimal RequiredRoubles(Google.Type.Money? money, string field, List<FieldViolation> violations)
    {
        if (money is null || money.CurrencyCode != "RUB")
        {
            violations.Add(new(field, "is required, in roubles (RUB)"));
            return 0;
        }

        var amount = money.ToDecimal();
        if (amount <= 0)
        {
            violations.Add(new(field, "must be more than zero"));
        }
        else if (!MinorUnits.Fits(amount))
        {
            violations.Add(new(field, MinorUnits.TooPrecise));
        }

        return amount;
    }

    /// <summary>A positive amount to kopecks (cents) in RUB or another currency's ISO 4217 code (three capital letters).</summary>
    public static (decimal Amount, string Currency) RequiredAmount(Google.Type.Money? money, string field, List<FieldViolation> violations)
    {
        if (money is null || money.CurrencyCode is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper))
        {
            violations.Add(new(field, "is required, with a currency's ISO 4217 code (RUB or one the central bank quotes)"));
            return (0, "RUB");
        }

        var amount = RequiredRoubles(new Google.Type.Money(money) { CurrencyCode = "RUB" }, field, violations);
        return (amount, code);
    }

    private static List<ItemToAssess> ToItems(IList<V1.ItemToAssess> items, string field, List<FieldViolation> violations)
    {
        if (items.Count == 0)
        {
            violations.Add(new(field, "needs at least one goods item"));
        }

        var result = new List<ItemToAssess>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = $"{field}[{i}]";
            if (item.ItemNumber <= 0 || items.Take(i).Any(other => other.ItemNumber == item.ItemNumber))
            {
                violations.Add(new($"{path}.item_number", "must be a positive number, unique within the declaration"));
            }

            if (item.TariffCode.Length > 0 && (item.TariffCode.Length < 4 || !item.TariffCode.All(char.IsAsciiDigit)))
            {
                violations.Add(new($"{path}.tariff_code", "must be 4 to 10 digits, or empty when unknown (Art. 327(2))"));
            }

            var value = item.CustomsValue?.ToDecimal() ?? 0;
            if (item.CustomsValue is null)
            {
                violations.Add(new($"{path}.customs_value", "is required"));
            }
            else if (value < 0)
            {
                violations.Add(new($"{path}.customs_value", "must not be negative"));
            }
            else if (!MinorUnits.Fits(value))
            {
                violations.Add(new($"{path}.customs_value", MinorUnits.TooPrecise));
            }

            var quantity = NotNegative(item.Quantity, $"{path}.quantity", violations);
            var weight = NotNegative(item.NetWeightKg, $"{path}.net_weight_kg", violations);
            var litres = NotNegative(item.AlcoholLitres, $"{path}.alcohol_litres", violations);
            result.Add(new(item.ItemNumber, item.TariffCode, value, item.CustomsValue?.CurrencyCode ?? "RUB", quantity, weight, litres));
        }

        return result;
    }

    private static decimal NotNegative(Google.Type.Decimal? value, string field, List<FieldViolation> violations)
    {
        var result = value.ToDecimal();
        if (result < 0)
        {
            violations.Add(new(field, "must not be negative"));
        }

        return result;
    }

    public static void TaxpayerNumber(string value, string field, List<FieldViolation> violations)
    {
        if (value.Length is not (10 or 12) || !value.All(char.IsAsciiDigit))
        {
            violations.Add(new(field, "must be a taxpayer number of 10 or 12 digits"));
        }
    }

    /// <summary>An id this service gave out (a UUID); Guid.Empty with a violation otherwise.</summary>
    public static Guid RequireGuid(string id, string field, List<FieldViolation> violations)
    {
        if (Guid.TryParse(id, out var value))
        {
            return value;
        }

        violations.Add(new(field, "is required: an id this service answered with"));
        return Guid.Empty;
    }

    public static void RequireId(string id, string field, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            violations.Add(new(field, "is required"));
        }
    }
}
