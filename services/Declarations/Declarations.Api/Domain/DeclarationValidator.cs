using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Amounts;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;
using Customs.ServiceDefaults;

namespace Customs.Declarations.Api.Domain;

/// <summary>Every problem of a filing, one violation each; the memo's refusals are violations of the item they concern.</summary>
public static class DeclarationValidator
{
    public static IReadOnlyList<FieldViolation> Validate(DeclarationDraft draft, PersonalUseAssessment? assessment)
    {
        var violations = new List<FieldViolation>();
        if (draft.Kind == DeclarationKind.Unspecified || !Enum.IsDefined(draft.Kind))
        {
            violations.Add(new("kind", "is required"));
        }

        if (draft.Direction == MovementDirection.Unspecified || !Enum.IsDefined(draft.Direction))
        {
            violations.Add(new("direction", "must be IMPORT or EXPORT"));
        }
        else if ((draft.Kind == DeclarationKind.CommercialImport && draft.Direction != MovementDirection.Import)
                 || (draft.Kind == DeclarationKind.CommercialExport && draft.Direction != MovementDirection.Export))
        {
            violations.Add(new("direction", $"does not agree with the kind {draft.Kind}"));
        }

        if (!IsOfficeCode(draft.CustomsOfficeCode))
        {
            violations.Add(new("customs_office_code", "is an 8-digit customs office code, or CN and a Chinese customs house's 4 digits"));
        }
        else if (OfficeTimeZones.Default.TryZoneOf(draft.CustomsOfficeCode) is null)
        {
            // Its legal date (acceptance, rates, deadlines) would be unknown: never taken on Moscow time by default.
            violations.Add(new("customs_office_code", "names no customs office of the reference data (its time zone is unknown)"));
        }

        violations.AddRange(PartyValidator.Validate(draft.Declarant, "declarant", required: true));
        if (draft.Principal is not null && draft.Declarant?.Kind != PartyKind.LegalPerson)
        {
            violations.Add(new("principal", "a declarant acting for a principal is a customs broker, a legal person"));
        }

        violations.AddRange(PartyValidator.Validate(draft.Principal, "principal", required: false));
        if (draft.DispatchCountryCode is { } dispatch && !IsoCodes.IsCountry(dispatch))
        {
            violations.Add(new("dispatch_country_code", $"'{dispatch}' is not an ISO 3166-1 alpha-2 country code"));
        }

        violations.AddRange(PartyValidator.Validate(draft.Recipient, "recipient",
            required: draft.Kind == DeclarationKind.InternationalPostalItem));

        if (draft.PresentationDate is null)
        {
            violations.Add(new("presentation_date", "is required"));
        }

        if (string.IsNullOrWhiteSpace(draft.PresentationPlace))
        {
            violations.Add(new("presentation_place", "is required"));
        }

        violations.AddRange(Passenger(draft));
        if (draft.Items.Count == 0)
        {
            violations.Add(new("items", "at least one goods item is required"));
        }

        for (var i = 0; i < draft.Items.Count; i++)
        {
            violations.AddRange(GoodsItemValidator.Validate(draft.Items[i], i, draft));
        }

        if (assessment is not null)
        {
            violations.AddRange(assessment.Refusals.Select(f => new FieldViolation($"items[{IndexOf(draft, f.ItemNumber)}]{f.FieldSuffix}", f.Rule)));
        }

        return violations;
    }

    /// <summary>
    /// A Russian office's 8-digit code, or a Chinese customs house's 4-digit code after CN; the office data
    /// (offices.json) say which rule set a code belongs to.
    /// </summary>
    private static bool IsOfficeCode(string? code) => OfficeTimeZones.Default.TryJurisdictionOf(code) == WorkingCalendars.ChinaCode
        ? code is { Length: 6 } && code[2..].All(char.IsAsciiDigit)
        : code is { Length: 8 } && code.All(char.IsAsciiDigit);

    private static int IndexOf(DeclarationDraft draft, int itemNumber) =>
        draft.Items.Select((item, index) => (item, index)).First(x => x.item.Number == itemNumber).index;

    private static IEnumerable<FieldViolation> Passenger(DeclarationDraft draft)
    {
        if (draft.Passenger is null)
        {
            yield break;
        }

        if (!draft.IsPassenger)
        {
            yield return new("passenger", "only a passenger declaration has passenger details");
        }

        if (draft.Passenger.CashAmount < 0)
        {
            yield return new("passenger.cash", "cannot be negative");
        }

        if (draft.Passenger.DateOfBirth is { } born && (draft.PresentationDate is not { } presented || born > presented))
        {
            yield return new("passenger.date_of_birth", "must be a date before the goods are presented");
        }

        if (!MinorUnits.Fits(draft.Passenger.CashAmount))
        {
            // 9,999.995 USD is not rounded up to reach the 10,000 USD threshold of cash to be declared.
            yield return new("passenger.cash", MinorUnits.TooPrecise);
        }

        if (draft.Passenger.CashAmount > 0 && !IsoCodes.IsCurrency(draft.Passenger.CashCurrency))
        {
            yield return new("passenger.cash.currency_code", $"'{draft.Passenger.CashCurrency}' is not an ISO 4217 currency code");
        }

        var seen = new HashSet<string?> { draft.Passenger.CashAmount > 0 ? draft.Passenger.CashCurrency : null };
        foreach (var (cash, i) in (draft.Passenger.MoreCash ?? []).Select((c, i) => (c, i)))
        {
            var field = $"passenger.more_cash[{i}]";
            if (cash.Amount <= 0)
            {
                yield return new(field, "must be more than zero");
            }
            else if (!MinorUnits.Fits(cash.Amount))
            {
                yield return new(field, MinorUnits.TooPrecise);
            }

            if (!IsoCodes.IsCurrency(cash.Currency))
            {
                yield return new($"{field}.currency_code", $"'{cash.Currency}' is not an ISO 4217 currency code");
            }
            else if (!seen.Add(cash.Currency))
            {
                yield return new($"{field}.currency_code", $"{cash.Currency} is declared twice: give each currency's total once");
            }
        }
    }
}
