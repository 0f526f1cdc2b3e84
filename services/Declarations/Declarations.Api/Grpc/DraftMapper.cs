using Customs.Declarations.Api.Domain;
using Customs.ServiceDefaults;
using Contracts = Customs.Declarations.Contracts;
using V1 = Customs.Declarations.V1;

namespace Customs.Declarations.Api.Grpc;

/// <summary>A filing request to the domain's draft. Its shape (lengths, enums, dates, figures) was checked by WireRules.</summary>
internal static class DraftMapper
{
    public static DeclarationDraft ToDraft(V1.FileDeclarationRequest request)
    {
        var kind = EnumMap.To<Contracts.DeclarationKind>(request.Kind);
        var direction = EnumMap.To<Contracts.MovementDirection>(request.Direction);
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

        return new DeclarationDraft
        {
            Kind = kind,
            Direction = direction,
            CustomsOfficeCode = request.CustomsOfficeCode,
            Declarant = ToParty(request.Declarant)!,
            Principal = ToParty(request.Principal),
            Recipient = ToParty(request.Recipient),
            PresentationDate = request.PresentationDate.ToDateOnlyOrNull(),
            PresentationPlace = request.PresentationPlace,
            DispatchCountryCode = request.DispatchCountryCode.Length > 0 ? request.DispatchCountryCode : null,
            Passenger = request.Passenger is null ? null : new PassengerDetails(
                request.Passenger.Cash?.ToDecimal() ?? 0,
                request.Passenger.Cash?.CurrencyCode,
                request.Passenger.CarriesMonetaryInstruments,
                request.Passenger.HasUnaccompaniedLuggage,
                request.Passenger.DateOfBirth.ToDateOnlyOrNull(),
                [.. request.Passenger.MoreCash.Select(m => new CashCarried(m.ToDecimal(), m.CurrencyCode))]),
            Items = [.. request.Items.Select((item, i) => ToItem(item, i))],
        };
    }

    public static GoodsDocumentRef ToDocument(V1.GoodsDocument document) =>
        new(EnumMap.To<DocumentKind>(document.Kind), document.Reference, document.IssuedOn.ToDateOnlyOrNull());

    private static DeclarationParty? ToParty(V1.Party? party) => party is null
        ? null
        : new(EnumMap.To<Contracts.PartyKind>(party.Kind), party.Name, NullIfEmpty(party.TaxpayerNumber), party.Address, party.CountryCode);

    private static DeclaredGoodsItem ToItem(V1.GoodsItem item, int index) => new()
    {
        Number = index + 1,
        Description = item.Description,
        TariffCode = item.TariffCode,
        Brand = NullIfEmpty(item.Brand),
        OriginCountryCode = item.OriginCountryCode,
        Quantity = item.Quantity.ToDecimal(),
        Unit = item.Unit,
        GrossWeightKg = item.GrossWeightKg.ToDecimalOrNull(),
        NetWeightKg = item.NetWeightKg.ToDecimalOrNull(),
        InvoiceValue = item.InvoiceValue?.ToDecimal() ?? 0,
        InvoiceCurrency = item.InvoiceValue?.CurrencyCode ?? "",
        CustomsValue = item.CustomsValue?.ToDecimal(),
        CustomsValueCurrency = item.CustomsValue?.CurrencyCode,
        CustomsValueMethod = item.CustomsValueMethod == 0 ? null : item.CustomsValueMethod,
        IntendedUse = EnumMap.To<Contracts.IntendedUse>(item.IntendedUse),
        Documents = [.. item.Documents.Select(ToDocument)],
        DeclaredCategories = [.. item.DeclaredCategories.Select(c => EnumMap.To<GoodsCategory>(c))],
        NeededDuringJourney = item.NeededDuringJourney,
    };

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
