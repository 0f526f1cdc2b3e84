using Customs.ServiceDefaults;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain.Applications;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>SubmitApplicationRequest → the domain's application. Missing parts stay missing, for the validator to list.</summary>
public static class ApplicationMapping
{
    public static RegisterApplication ToDomain(SubmitApplicationRequest request, DateOnly submittedOn) => new()
    {
        Applicant = ToParty(request.Applicant),
        Capacity = EnumMap.To<D.ApplicantCapacity>(request.Capacity),
        PowerOfAttorneyReference = NullIfEmpty(request.PowerOfAttorneyReference),
        RightHolder = ToParty(request.RightHolder),
        Object = request.Object is { } o
            ? new D.IpObject(EnumMap.To<D.IpObjectKind>(o.Kind), o.Name, o.RegistrationNumber, [.. o.Classes], WireValues.ToDateOnlyOrNull(o.ProtectionEndsOn))
            : new D.IpObject(D.IpObjectKind.Unspecified, "", "", [], null),
        Goods = request.Goods is { } g
            ? new D.GoodsIdentification([.. g.TariffCodes], [.. g.BrandSpellings], NullIfEmpty(g.Features))
            : new D.GoodsIdentification([], [], null),
        RequestedUntil = WireValues.ToDateOnlyOrNull(request.RequestedUntil),
        SupportingDocuments = [.. request.SupportingDocuments],
        DamageCompensationObligation = request.DamageCompensationObligation,
        Security = ToSecurity(request.Security),
        SubmittedOn = submittedOn,
    };

    private static D.Party ToParty(V1.Party? party) =>
        party is null ? new D.Party("", "") : new D.Party(party.Name, party.Address, NullIfEmpty(party.TaxpayerNumber));

    public static D.Security? ToSecurity(V1.Security? security)
    {
        if (security?.Amount is not { } amount || string.IsNullOrWhiteSpace(amount.CurrencyCode))
        {
            return null;
        }

        var value = amount.ToDecimal();
        return new D.Security(
            EnumMap.To<D.SecurityKind>(security.Kind), new Money(value, amount.CurrencyCode), security.Reference,
            WireValues.ToDateOnlyOrNull(security.ValidUntil) ?? DateOnly.MinValue);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
