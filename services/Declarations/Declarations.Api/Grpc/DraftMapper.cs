using Customs.Declarations.Api.Domain;
using Customs.ServiceDefaults;
using Contracts = Customs.Declarations.Contracts;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Api.Grpc;

/// <summary>A filing request to the domain's draft; violations of form (malformed figures, dates) are collected.</summary>
internal static class DraftMapper
{
    public static DeclarationDraft ToDraft(V1.FileDeclarationRequest request, List<FieldViolation> violations)
    {
        var kind = (Contracts.DeclarationKind)(int)request.Kind;
        var direction = (Contracts.MovementDirection)(int)request.Direction;
        if (direction == Contracts.MovementDirection.Unspecified)
        {
            // A commercial declaration's direction follows from its kind; a postal item is imported unless said otherwise.
            direction = kind switch
            {
                Contracts.DeclarationKind.CommercialImport or Contracts.DeclarationKind.InternationalPostalItem => Contracts.MovementDirection.Import,
                Contracts.DeclarationKind.CommercialExport => Contracts.MovementDirection.Export,
                _ => direction,
            };
        }

        if (request.PresentationDate is not null && request.PresentationDate.ToDateOnly() is null)
        {
            violations.Add(new("presentation_date", "is not a valid calendar date"));
        }

        return new DeclarationDraft
        {
            Kind = kind,
            Direction = direction,
            CustomsOfficeCode = request.CustomsOfficeCode,
            Declarant = ToParty(request.Declarant)!,
            Principal = ToParty(request.Principal),
            Recipient = ToParty(request.Recipient),
            PresentationDate = request.PresentationDate.ToDateOnly(),
            PresentationPlace = request.PresentationPlace,
            Passenger = request.Passenger is null ? null : new PassengerDetails(
                Decimal(request.Passenger.Cash?.Units ?? 0, request.Passenger.Cash?.Nanos ?? 0, "passenger.cash", violations),
                request.Passenger.Cash?.CurrencyCode,
                request.Passenger.CarriesMonetaryInstruments,
                request.Passenger.HasUnaccompaniedLuggage,
                request.Passenger.DateOfBirth.ToDateOnly()),
            Items = [.. request.Items.Select((item, i) => ToItem(item, i, violations))],
        };
    }

    private static DeclarationParty? ToParty(V1.Party? party) => party is null
        ? null
        : new((Contracts.PartyKind)(int)party.Kind, party.Name, NullIfEmpty(party.TaxpayerNumber), party.Address, party.CountryCode);

    private static DeclaredGoodsItem ToItem(V1.GoodsItem item, int index, List<FieldViolation> violations)
    {
        var p = $"items[{index}]";
        return new DeclaredGoodsItem
        {
            Number = index + 1,
            Description = item.Description,
            TariffCode = item.TariffCode,
            Brand = NullIfEmpty(item.Brand),
            OriginCountryCode = item.OriginCountryCode,
            Quantity = item.Quantity is null ? 0 : Decimal(item.Quantity.Units, item.Quantity.Nanos, $"{p}.quantity", violations),
            Unit = item.Unit,
            GrossWeightKg = item.GrossWeightKg is null ? null : Decimal(item.GrossWeightKg.Units, item.GrossWeightKg.Nanos, $"{p}.gross_weight_kg", violations),
            NetWeightKg = item.NetWeightKg is null ? null : Decimal(item.NetWeightKg.Units, item.NetWeightKg.Nanos, $"{p}.net_weight_kg", violations),
            InvoiceValue = item.InvoiceValue is null ? 0 : Decimal(item.InvoiceValue.Units, item.InvoiceValue.Nanos, $"{p}.invoice_value", violations),
            InvoiceCurrency = item.InvoiceValue?.CurrencyCode ?? "",
            CustomsValue = item.CustomsValue is null ? null : Decimal(item.CustomsValue.Units, item.CustomsValue.Nanos, $"{p}.customs_value", violations),
            CustomsValueCurrency = item.CustomsValue?.CurrencyCode,
            CustomsValueMethod = item.CustomsValueMethod == 0 ? null : item.CustomsValueMethod,
            IntendedUse = (Contracts.IntendedUse)(int)item.IntendedUse,
            Documents = [.. item.Documents.Select(d => new GoodsDocumentRef((DocumentKind)(int)d.Kind, d.Reference, d.IssuedOn.ToDateOnly()))],
            DeclaredCategories = [.. item.DeclaredCategories.Select(c => (GoodsCategory)(int)c)],
            NeededDuringJourney = item.NeededDuringJourney,
        };
    }

    private static decimal Decimal(long units, int nanos, string field, List<FieldViolation> violations)
    {
        if (!ProtoValues.IsWellFormed(units, nanos))
        {
            violations.Add(new(field, "units and nanos must agree in sign, nanos within ±999,999,999"));
            return 0;
        }

        return units + nanos / 1_000_000_000m;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
