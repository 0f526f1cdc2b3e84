using System.Globalization;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Api.Screening;
using Customs.IpRegister.V1;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Grpc;

public static class ScreeningMapping
{
    public static DeclarationFacts ToFacts(ScreenGoodsRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();
        var declarationId = Ids.ParseOptional(request.DeclarationId, "declaration_id");
        if (request.Items.Count == 0)
        {
            violations.Add(new("items", "At least one item is needed."));
        }

        var items = new List<ScreenedItem>();
        for (var i = 0; i < request.Items.Count; i++)
        {
            var item = request.Items[i];
            if (TariffCode.Normalise(item.TariffCode).Length < 4)
            {
                violations.Add(new($"items[{i}].tariff_code", "A tariff code of at least 4 digits is needed."));
            }

            var quantity = 1m;
            if (item.Quantity is { Value.Length: > 0 } q && !decimal.TryParse(q.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out quantity))
            {
                violations.Add(new($"items[{i}].quantity", "Not a decimal number."));
            }

            items.Add(new ScreenedItem(item.ItemNumber == 0 ? i + 1 : item.ItemNumber, item.TariffCode, item.Brand, quantity, item.PersonalUse));
        }

        if (items.GroupBy(i => i.ItemNumber).Any(g => g.Count() > 1))
        {
            violations.Add(new("items", "Item numbers must be unique within the request."));
        }

        if (declarationId is not null && string.IsNullOrWhiteSpace(request.Declarant?.Name))
        {
            violations.Add(new("declarant.name", "The declarant is told to the right-holder on a suspension (Art. 397(2))."));
        }

        if (declarationId is not null && string.IsNullOrWhiteSpace(request.Declarant?.Address))
        {
            violations.Add(new("declarant.address", "The declarant's address is told to the right-holder on a suspension (Art. 397(2))."));
        }

        RequestValidationException.ThrowIfAny(violations);
        return new DeclarationFacts
        {
            DeclarationId = declarationId,
            RegistrationNumber = string.IsNullOrWhiteSpace(request.RegistrationNumber) ? null : request.RegistrationNumber,
            CustomsOfficeCode = request.CustomsOfficeCode,
            DeclarantName = request.Declarant?.Name ?? "",
            DeclarantAddress = request.Declarant?.Address ?? "",
            Context = new ScreeningContext(
                (Domain.Screening.DeclarationChannel)(int)request.Channel,
                request.DeclarantIsNaturalPerson,
                request.ForPersonalUse,
                string.IsNullOrWhiteSpace(request.Declarant?.TaxpayerNumber) ? null : request.Declarant.TaxpayerNumber,
                Dates.FromProto(request.On) ?? today,
                CustomsOffices.JurisdictionOf(request.CustomsOfficeCode)),
            Items = items,
        };
    }
}
