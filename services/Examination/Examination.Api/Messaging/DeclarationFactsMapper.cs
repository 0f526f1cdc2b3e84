using Customs.Declarations.Contracts;
using Customs.Examination.Api.Domain.Risk;
using Direction = Customs.Examination.Api.Domain.Risk.Direction;

namespace Customs.Examination.Api.Messaging;

/// <summary>What selection and examination take from the Declarations service's event.</summary>
internal static class DeclarationFactsMapper
{
    public static DeclarationFacts ToFacts(DeclarationRegistered d) => new()
    {
        DeclarationId = d.DeclarationId,
        RegistrationNumber = d.RegistrationNumber,
        OfficeCode = d.CustomsOfficeCode,
        Direction = DirectionOf(d),
        Kind = Enum.Parse<Domain.Risk.DeclarationKind>(d.Kind.ToString()),
        AcceptanceDate = d.AcceptanceDate,
        TaxpayerNumbers = [.. new[] { d.Declarant, d.Principal, d.Recipient }.Select(p => p?.TaxpayerNumber).OfType<string>().Where(t => t.Length > 0).Distinct()],
        // As declared: a declaration without a country of dispatch does not meet the criterion (it is not guessed from the parties).
        DispatchCountry = d.DispatchCountryCode,
        Items = [.. d.Items.Select(i => new ItemFacts(i.Number, i.Description, i.TariffCode, i.Brand, i.OriginCountryCode, i.Quantity, i.Unit,
            i.GrossWeightKg, i.InvoiceValue, i.InvoiceCurrency))],
    };

    private static Direction DirectionOf(DeclarationRegistered d) => d.Direction switch
    {
        MovementDirection.Export => Direction.Export,
        MovementDirection.Import => Direction.Import,
        _ => d.Kind == Declarations.Contracts.DeclarationKind.CommercialExport ? Direction.Export : Direction.Import,
    };
}
