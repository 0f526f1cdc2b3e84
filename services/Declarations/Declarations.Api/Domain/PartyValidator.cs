using Customs.Declarations.Contracts;
using Customs.ServiceDefaults;

namespace Customs.Declarations.Api.Domain;

/// <summary>A party's fields, INN check digits included: 10 digits for organisations, 12 for individuals.</summary>
public static class PartyValidator
{
    public static IEnumerable<FieldViolation> Validate(DeclarationParty? party, string path, bool required)
    {
        if (party is null)
        {
            if (required)
            {
                yield return new($"{path}", "is required");
            }

            yield break;
        }

        if (party.Kind == PartyKind.Unspecified || !Enum.IsDefined(party.Kind))
        {
            yield return new($"{path}.kind", "must be LEGAL_PERSON or NATURAL_PERSON");
        }

        if (string.IsNullOrWhiteSpace(party.Name))
        {
            yield return new($"{path}.name", "is required");
        }

        if (string.IsNullOrWhiteSpace(party.Address))
        {
            yield return new($"{path}.address", "is required");
        }

        if (!IsoCodes.IsCountry(party.CountryCode))
        {
            yield return new($"{path}.country_code", $"'{party.CountryCode}' is not an ISO 3166-1 alpha-2 country code");
        }

        var russian = party.CountryCode == "RU";
        var inn = party.TaxpayerNumber;
        if (party.Kind == PartyKind.LegalPerson && (russian || !string.IsNullOrEmpty(inn)) && !TaxpayerNumber.IsValidOrganisation(inn))
        {
            yield return new($"{path}.taxpayer_number", "an organisation's INN has 10 digits with a valid check digit");
        }

        if (party.Kind == PartyKind.NaturalPerson && !string.IsNullOrEmpty(inn) && !TaxpayerNumber.IsValidIndividual(inn))
        {
            yield return new($"{path}.taxpayer_number", "an individual's INN has 12 digits with valid check digits");
        }
    }
}
