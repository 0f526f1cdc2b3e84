using Customs.Declarations.Contracts;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Api.Screening;

namespace Customs.IpRegister.Api.Messaging;

/// <summary>Reads a registered declaration as screening needs it.</summary>
public static class DeclarationFactsMapper
{
    public static DeclarationFacts From(DeclarationRegistered declaration)
    {
        // For a postal item or unaccompanied luggage the natural person is the recipient (Art. 400).
        var person = declaration.Recipient ?? declaration.Declarant;
        return new DeclarationFacts
        {
            DeclarationId = declaration.DeclarationId,
            RegistrationNumber = declaration.RegistrationNumber,
            CustomsOfficeCode = declaration.CustomsOfficeCode,
            DeclarantName = declaration.Declarant.Name,
            DeclarantAddress = declaration.Declarant.Address,
            Context = new ScreeningContext(
                ChannelOf(declaration.Kind),
                declaration.Declarant.Kind == PartyKind.NaturalPerson || person.Kind == PartyKind.NaturalPerson,
                declaration.ForPersonalUse,
                declaration.Declarant.TaxpayerNumber,
                declaration.AcceptanceDate,
                CustomsOffices.JurisdictionOf(declaration.CustomsOfficeCode)),
            Items = [.. declaration.Items.Select(i => new ScreenedItem(
                i.Number, i.TariffCode, i.Brand, i.Quantity, i.IntendedUse == IntendedUse.Personal))],
        };
    }

    private static DeclarationChannel ChannelOf(DeclarationKind kind) => kind switch
    {
        DeclarationKind.InternationalPostalItem => DeclarationChannel.InternationalMail,
        DeclarationKind.PassengerAccompaniedLuggage or DeclarationKind.PassengerUnaccompaniedLuggage => DeclarationChannel.Passenger,
        _ => DeclarationChannel.Commercial,
    };
}
