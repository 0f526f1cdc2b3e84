using Customs.Payments.Api.Domain.Assessment;
using Events = Customs.Declarations.Contracts;

namespace Customs.Payments.Api.Messaging;

/// <summary>A registered declaration of the Declarations service as the assessment reads it.</summary>
public static class RegisteredDeclaration
{
    /// <summary>
    /// Null for what Payments does not assess: an export of a passenger or by post that is not wholly goods for personal use of
    /// an individual (no export rates apply to it; the memo sends such goods to a commercial export declaration).
    /// </summary>
    public static DeclarationToAssess? ToAssess(Events.DeclarationRegistered message)
    {
        if (message.Direction == Events.MovementDirection.Export && message.Kind != Events.DeclarationKind.CommercialExport)
        {
            return IsPersonalExport(message)
                ? new DeclarationToAssess(message.DeclarationId.ToString(), DeclarationKind.PersonalExport, message.AcceptanceDate, "", [.. message.Items.Select(ToItem)])
                : null;
        }

        var kind = message.Kind switch
        {
            Events.DeclarationKind.CommercialImport => DeclarationKind.Commercial,
            Events.DeclarationKind.CommercialExport => DeclarationKind.Export,
            Events.DeclarationKind.PassengerAccompaniedLuggage or Events.DeclarationKind.PassengerUnaccompaniedLuggage => DeclarationKind.Passenger,
            Events.DeclarationKind.InternationalPostalItem => DeclarationKind.Postal,
            _ => DeclarationKind.Unspecified,
        };
        if (kind == DeclarationKind.Unspecified)
        {
            return null;
        }

        // Art. 319(2)[2]: the week is counted per recipient: its taxpayer number, else its name and address as declared.
        var recipient = message.Recipient is { } r ? r.TaxpayerNumber ?? $"{r.Name.Trim().ToUpperInvariant()}|{r.Address.Trim().ToUpperInvariant()}" : "";
        return new DeclarationToAssess(message.DeclarationId.ToString(), kind, message.AcceptanceDate, recipient, [.. message.Items.Select(ToItem)]);
    }

    /// <summary>
    /// The memo, "goods for personal use exported by individuals": every item declared for personal use, in a passenger's
    /// luggage or (a reading of the memo: the seeds hold no article on exports by international mail) in a postal item, whoever
    /// declares it (the sender, or the post operator for the sender: goods for personal use are an individual's).
    /// </summary>
    public static bool IsPersonalExport(Events.DeclarationRegistered message) =>
        message.Direction == Events.MovementDirection.Export && message.Items.Count > 0
        && message.Items.All(i => i.IntendedUse == Events.IntendedUse.Personal)
        && message.Kind is Events.DeclarationKind.PassengerAccompaniedLuggage or Events.DeclarationKind.PassengerUnaccompaniedLuggage
            or Events.DeclarationKind.InternationalPostalItem;

    /// <summary>Art. 328(1): the declarant pays; a natural person without a taxpayer number has no account of advances.</summary>
    public static string PayerOf(Events.DeclarationRegistered message) => message.Declarant.TaxpayerNumber ?? "";

    public static ItemToAssess ToItem(Events.GoodsItem item) => new(
        item.Number,
        item.TariffCode,
        item.CustomsValue ?? item.InvoiceValue,
        item.CustomsValue is null ? item.InvoiceCurrency : item.CustomsValueCurrency ?? item.InvoiceCurrency,
        item.Quantity,
        item.NetWeightKg ?? item.GrossWeightKg ?? 0,
        item.Unit == "l" ? item.Quantity : 0);
}
