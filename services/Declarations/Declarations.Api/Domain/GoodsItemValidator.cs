using Customs.BuildingBlocks.Amounts;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;
using Customs.ServiceDefaults;

namespace Customs.Declarations.Api.Domain;

/// <summary>One goods item's fields; <c>items[i].field</c> paths.</summary>
public static class GoodsItemValidator
{
    public static IEnumerable<FieldViolation> Validate(DeclaredGoodsItem item, int index, DeclarationDraft draft)
    {
        var p = $"items[{index}]";
        if (string.IsNullOrWhiteSpace(item.Description))
        {
            yield return new($"{p}.description", "is required");
        }

        if (item.TariffCode is not { Length: 10 } || !item.TariffCode.All(char.IsAsciiDigit))
        {
            yield return new($"{p}.tariff_code", $"'{item.TariffCode}' is not a 10-digit commodity code");
        }

        if (!IsoCodes.IsCountry(item.OriginCountryCode))
        {
            yield return new($"{p}.origin_country_code", $"'{item.OriginCountryCode}' is not an ISO 3166-1 alpha-2 country code");
        }

        if (item.Quantity <= 0)
        {
            yield return new($"{p}.quantity", "must be greater than zero");
        }

        if (!GoodsMeasures.Units.Contains(item.Unit))
        {
            yield return new($"{p}.unit", $"'{item.Unit}' is not one of {string.Join(", ", GoodsMeasures.Units)}");
        }

        foreach (var v in Weights(item, p, draft))
        {
            yield return v;
        }

        foreach (var v in Values(item, p, draft))
        {
            yield return v;
        }

        if (item.IntendedUse == IntendedUse.Unspecified || !Enum.IsDefined(item.IntendedUse))
        {
            yield return new($"{p}.intended_use", "must be PERSONAL or COMMERCIAL");
        }
        else if (draft.IsCommercial && item.IntendedUse != IntendedUse.Commercial)
        {
            yield return new($"{p}.intended_use", "goods of a commercial declaration are for commercial use");
        }
        else if (draft.Direction == MovementDirection.Export && !draft.IsCommercial && item.IntendedUse == IntendedUse.Commercial)
        {
            // The memo: goods an individual moves that "are not classified as goods for personal use ... are subject to customs
            // operations (including customs declaration) in accordance with the procedure provided for participants of foreign
            // economic activity"; exported, that is a commercial export, its duties due on the day of declaration (Art. 329(2)).
            yield return new($"{p}.intended_use",
                "goods not for personal use are not exported on a passenger's or postal declaration: the memo sends them to the procedure "
                + "of participants of foreign economic activity, a commercial export declaration (its duties due on the day of declaration, Art. 329(2))");
        }

        for (var c = 0; c < item.DeclaredCategories.Count; c++)
        {
            if (item.DeclaredCategories[c] == GoodsCategory.Unspecified || !Enum.IsDefined(item.DeclaredCategories[c]))
            {
                yield return new($"{p}.declared_categories[{c}]", "is not a goods category");
            }
        }

        for (var d = 0; d < item.Documents.Count; d++)
        {
            if (item.Documents[d].Kind == DocumentKind.Unspecified || !Enum.IsDefined(item.Documents[d].Kind))
            {
                yield return new($"{p}.documents[{d}].kind", "is required");
            }

            if (string.IsNullOrWhiteSpace(item.Documents[d].Reference))
            {
                yield return new($"{p}.documents[{d}].reference", "is required");
            }
        }
    }

    private static IEnumerable<FieldViolation> Weights(DeclaredGoodsItem item, string p, DeclarationDraft draft)
    {
        // Commercial declarations state gross and net weight; passengers' and postal goods need the gross weight
        // for the memo's weight limits.
        if (item.GrossWeightKg is null)
        {
            yield return new($"{p}.gross_weight_kg", "is required");
        }
        else if (item.GrossWeightKg <= 0)
        {
            yield return new($"{p}.gross_weight_kg", "must be greater than zero");
        }

        if (item.NetWeightKg is null && draft.IsCommercial)
        {
            yield return new($"{p}.net_weight_kg", "is required for commercial goods");
        }
        else if (item.NetWeightKg <= 0)
        {
            yield return new($"{p}.net_weight_kg", "must be greater than zero");
        }
        else if (item.NetWeightKg > item.GrossWeightKg)
        {
            yield return new($"{p}.net_weight_kg", "cannot exceed the gross weight");
        }
    }

    private static IEnumerable<FieldViolation> Values(DeclaredGoodsItem item, string p, DeclarationDraft draft)
    {
        if (item.InvoiceValue < 0)
        {
            yield return new($"{p}.invoice_value", "cannot be negative");
        }

        if (!MinorUnits.Fits(item.InvoiceValue))
        {
            yield return new($"{p}.invoice_value", MinorUnits.TooPrecise);
        }

        if (!IsoCodes.IsCurrency(item.InvoiceCurrency))
        {
            yield return new($"{p}.invoice_value.currency_code", $"'{item.InvoiceCurrency}' is not an ISO 4217 currency code");
        }

        if (item.CustomsValue is null)
        {
            // Art. 323: the declarant declares the customs value of imported goods.
            if (draft.Kind == DeclarationKind.CommercialImport)
            {
                yield return new($"{p}.customs_value", "is required for commercial imports");
            }

            yield break;
        }

        if (item.CustomsValue < 0)
        {
            yield return new($"{p}.customs_value", "cannot be negative");
        }

        if (!MinorUnits.Fits(item.CustomsValue.Value))
        {
            yield return new($"{p}.customs_value", MinorUnits.TooPrecise);
        }

        if (!IsoCodes.IsCurrency(item.CustomsValueCurrency))
        {
            yield return new($"{p}.customs_value.currency_code", $"'{item.CustomsValueCurrency}' is not an ISO 4217 currency code");
        }

        if (item.CustomsValueMethod is not (>= 1 and <= 6))
        {
            yield return new($"{p}.customs_value_method", "must be a valuation method from 1 to 6");
        }
    }
}
