using Customs.Declarations.Api.Domain;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Application;

/// <summary>The events a declaration announces, with what the other services need so they do not call back.</summary>
public static class DeclarationEvents
{
    public static DeclarationRegistered Registered(Declaration d) => new()
    {
        DeclarationId = d.Id,
        RegistrationNumber = d.RegistrationNumber!,
        Kind = d.Content.Kind,
        Direction = d.Content.Direction,
        DispatchCountryCode = d.Content.DispatchCountryCode,
        CustomsOfficeCode = d.Content.CustomsOfficeCode,
        AcceptanceDate = d.AcceptanceDate!.Value,
        PresentationDate = d.Content.PresentationDate,
        RegisteredAt = d.RegisteredAt!.Value,
        ControlDeadline = d.ControlDeadline,
        Declarant = ToParty(d.Content.Declarant),
        Principal = d.Content.Principal is { } principal ? ToParty(principal) : null,
        Recipient = d.Content.Recipient is { } recipient ? ToParty(recipient) : null,
        ForPersonalUse = d.Content.ForPersonalUse,
        WrittenDeclarationMandatory = d.Assessment?.WrittenDeclarationMandatory ?? false,
        Items = [.. d.Content.Items.Select(ToItem)],
    };

    /// <summary>The goods were released by <paramref name="actor"/>: an officer, or the automatic release.</summary>
    public static GoodsReleased Released(Declaration d, DateTimeOffset at, string actor) => new()
    {
        DeclarationId = d.Id, RegistrationNumber = d.RegistrationNumber!, ReleasedAt = at, OfficerId = actor,
    };

    public static ReleaseRefused Refused(Declaration d, DateTimeOffset at, string reason, string legalBasis) => new()
    {
        DeclarationId = d.Id,
        RegistrationNumber = d.RegistrationNumber ?? "",
        RefusedAt = at,
        Reason = reason,
        LegalBasis = legalBasis,
    };

    public static QuantityEstablished QuantityEstablished(Declaration d, EstablishedQuantity q) => new()
    {
        DeclarationId = d.Id,
        RegistrationNumber = d.RegistrationNumber ?? "",
        ItemNumber = q.ItemNumber,
        DeclaredQuantity = q.Declared,
        EstablishedQuantity = q.Established,
        Unit = q.Unit,
        AcceptanceDate = d.AcceptanceDate!.Value,
        EstablishedAt = q.At,
        LegalBasis = d.History[^1].LegalBasis,
    };

    public static CustomsValueEstablished CustomsValueEstablished(Declaration d, int itemNumber) => new()
    {
        DeclarationId = d.Id,
        RegistrationNumber = d.RegistrationNumber ?? "",
        ItemNumber = itemNumber,
        EstablishedValue = d.EstablishedValues.GetValueOrDefault(itemNumber)?.Value,
        EstablishedCurrency = d.EstablishedValues.GetValueOrDefault(itemNumber)?.Currency,
        KeptSamplesValueRub = d.KeptSamplesValueRub(itemNumber),
        AcceptanceDate = d.AcceptanceDate!.Value,
        AfterRelease = d.Status == DeclarationStatus.Released,
        EstablishedAt = d.History[^1].At,
        LegalBasis = d.History[^1].LegalBasis,
    };

    private static Party ToParty(DeclarationParty p) => new()
    {
        Kind = p.Kind,
        Name = p.Name,
        TaxpayerNumber = p.TaxpayerNumber,
        Address = p.Address,
        CountryCode = p.CountryCode,
    };

    private static GoodsItem ToItem(DeclaredGoodsItem i) => new()
    {
        Number = i.Number,
        Description = i.Description,
        TariffCode = i.TariffCode,
        Brand = i.Brand,
        OriginCountryCode = i.OriginCountryCode,
        Quantity = i.Quantity,
        Unit = i.Unit,
        GrossWeightKg = i.GrossWeightKg,
        NetWeightKg = i.NetWeightKg,
        InvoiceValue = i.InvoiceValue,
        InvoiceCurrency = i.InvoiceCurrency,
        CustomsValue = i.CustomsValue,
        CustomsValueCurrency = i.CustomsValueCurrency,
        CustomsValueMethod = i.CustomsValueMethod,
        IntendedUse = i.IntendedUse,
        Documents = [.. i.Documents.Select(doc => new Contracts.GoodsDocument { Kind = doc.Kind.ToString(), Reference = doc.Reference, IssuedOn = doc.IssuedOn })],
    };
}
