namespace Customs.Payments.Api.Domain.Collection;

/// <summary>Art. 348(3): juridical persons are collected from by resolutions of customs; natural persons only through a court.</summary>
public enum PayerKind
{
    Unspecified,
    Organisation,
    IndividualEntrepreneur,
    NaturalPerson,
}
