using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Api.Screening;
using Customs.IpRegister.V1;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>Screening requests to the facts screening needs; their shape was checked by WireRules.</summary>
public static class ScreeningMapping
{
    public static DeclarationFacts ToFacts(ScreenDeclarationRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();
        var declarationId = Ids.Parse(request.DeclarationId, "declaration_id");
        var items = Items(request.Items, violations);
        if (!OfficeDate.IsKnown(request.CustomsOfficeCode))
        {
            // Its legal date (detection, notices, terms) would be unknown: never taken on Moscow time by default.
            violations.Add(new("customs_office_code", "names no customs office of the reference data (its time zone is unknown)"));
        }

        if (string.IsNullOrWhiteSpace(request.Declarant?.Name))
        {
            violations.Add(new("declarant.name", "The declarant is told to the right-holder on a suspension (Art. 397(2))."));
        }

        if (string.IsNullOrWhiteSpace(request.Declarant?.Address))
        {
            violations.Add(new("declarant.address", "The declarant's address is told to the right-holder on a suspension (Art. 397(2))."));
        }

        RequestValidationException.ThrowIfAny(violations);
        return new DeclarationFacts
        {
            DeclarationId = declarationId,
            RegistrationNumber = string.IsNullOrWhiteSpace(request.RegistrationNumber) ? null : request.RegistrationNumber,
            CustomsOfficeCode = request.CustomsOfficeCode,
            DeclarantName = request.Declarant!.Name,
            DeclarantAddress = request.Declarant.Address,
            Context = Context(request.Channel, request.DeclarantIsNaturalPerson, request.ForPersonalUse, request.Declarant.TaxpayerNumber,
                request.On, today, request.CustomsOfficeCode),
            Items = items,
        };
    }

    public static DeclarationFacts ToFacts(LookUpGoodsRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();
        var items = Items(request.Items, violations);
        RequestValidationException.ThrowIfAny(violations);
        return new DeclarationFacts
        {
            CustomsOfficeCode = request.CustomsOfficeCode,
            DeclarantName = "",
            DeclarantAddress = "",
            Context = Context(request.Channel, request.DeclarantIsNaturalPerson, request.ForPersonalUse, request.DeclarantTaxpayerNumber,
                request.On, today, request.CustomsOfficeCode),
            Items = items,
        };
    }

    public static ItemResult ToProto(ItemVerdict verdict, RecordedSuspension? suspension) => new()
    {
        ItemNumber = verdict.ItemNumber,
        Outcome = EnumMap.To<V1.ScreeningOutcome>(verdict.Outcome),
        RegisterEntryId = verdict.RegisterEntryId?.ToString() ?? "",
        SuspensionId = suspension?.Id.ToString() ?? "",
    };

    private static ScreeningContext Context(
        V1.DeclarationChannel channel, bool naturalPerson, bool personalUse, string taxpayerNumber, Google.Type.Date? on, DateOnly today, string office) =>
        new(EnumMap.To<Domain.Screening.DeclarationChannel>(channel), naturalPerson, personalUse,
            string.IsNullOrWhiteSpace(taxpayerNumber) ? null : taxpayerNumber,
            on.ToDateOnlyOrNull() ?? today, CustomsOffices.JurisdictionOf(office));

    private static List<ScreenedItem> Items(IReadOnlyList<ItemToScreen> requested, List<FieldViolation> violations)
    {
        if (requested.Count == 0)
        {
            violations.Add(new("items", "At least one item is needed."));
        }

        var items = new List<ScreenedItem>();
        for (var i = 0; i < requested.Count; i++)
        {
            var item = requested[i];
            if (TariffCode.Normalise(item.TariffCode).Length < 4)
            {
                violations.Add(new($"items[{i}].tariff_code", "A tariff code of at least 4 digits is needed."));
            }

            items.Add(new ScreenedItem(item.ItemNumber == 0 ? i + 1 : item.ItemNumber, item.TariffCode, item.Brand,
                item.Quantity.ToDecimalOrNull() ?? 1m, item.PersonalUse));
        }

        if (items.GroupBy(i => i.ItemNumber).Any(g => g.Count() > 1))
        {
            violations.Add(new("items", "Item numbers must be unique within the request."));
        }

        return items;
    }
}
