using Customs.BuildingBlocks.Amounts;
using Customs.IpRegister.Api.Domain.Reference;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Domain.Applications;

/// <summary>Lists every missing or wrong part of an application (Arts. 394(2), 394(4), 395(2)), one violation each.</summary>
public static class ApplicationValidator
{
    public static IReadOnlyList<FieldViolation> Validate(RegisterApplication application)
    {
        var violations = new List<FieldViolation>();
        ValidateApplicant(application, violations);
        ValidateObject(application.Object, application.SubmittedOn, violations);
        ValidateGoods(application.Goods, violations);

        // Art. 394(2): the term during which measures are asked for.
        if (application.RequestedUntil is not { } until)
        {
            violations.Add(new("requested_until", "The term during which measures are requested is missing (Art. 394(2))."));
        }
        else if (until <= application.SubmittedOn)
        {
            violations.Add(new("requested_until", "The requested term must end after the day of submission."));
        }

        if (application.SupportingDocuments.Count == 0 || application.SupportingDocuments.Any(string.IsNullOrWhiteSpace))
        {
            violations.Add(new("supporting_documents", "Documents confirming the right (certificate, agreement) are missing (Art. 394(2))."));
        }

        // Art. 394(4): the written obligation to compensate damage.
        if (!application.DamageCompensationObligation)
        {
            violations.Add(new("damage_compensation_obligation", "The written obligation to compensate damage is missing (Art. 394(4))."));
        }

        ValidateSecurity(application.Security, application.SubmittedOn, violations);
        return violations;
    }

    private static void ValidateApplicant(RegisterApplication application, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(application.Applicant.Name))
        {
            violations.Add(new("applicant.name", "The applicant's name is missing (Art. 394(2))."));
        }

        if (string.IsNullOrWhiteSpace(application.Applicant.Address))
        {
            violations.Add(new("applicant.address", "The applicant's address is missing (Art. 394(2))."));
        }

        if (application.Capacity == ApplicantCapacity.Unspecified)
        {
            violations.Add(new("capacity", "The capacity in which the applicant acts is missing."));
        }
        else if (application.Capacity != ApplicantCapacity.RightHolder && string.IsNullOrWhiteSpace(application.PowerOfAttorneyReference))
        {
            // Art. 394(1)-(2): only the right-holder or its representative under a power of attorney may apply;
            // a licensee or importer has no standing of its own.
            violations.Add(new("power_of_attorney", "Anyone but the right-holder must present the right-holder's power of attorney (Art. 394(2))."));
        }

        if (string.IsNullOrWhiteSpace(application.RightHolder.Name))
        {
            violations.Add(new("right_holder.name", "The right-holder's name is missing (Art. 394(2))."));
        }

        if (string.IsNullOrWhiteSpace(application.RightHolder.Address))
        {
            violations.Add(new("right_holder.address", "The right-holder's address is missing (Art. 394(2))."));
        }
    }

    private static void ValidateObject(IpObject ipObject, DateOnly submittedOn, List<FieldViolation> violations)
    {
        if (ipObject.Kind == IpObjectKind.Unspecified)
        {
            violations.Add(new("object.kind", "The kind of IP object is missing (Art. 393(1))."));
        }
        else if (ipObject.Kind == IpObjectKind.Patent)
        {
            violations.Add(new("object.kind", "Patents are not taken into the customs register: Art. 393(1) names copyright and related rights, trademarks and appellations of origin."));
        }

        if (string.IsNullOrWhiteSpace(ipObject.RegistrationNumber))
        {
            violations.Add(new("object.registration_number", "The registration number of the IP object is missing (Art. 394(2))."));
        }

        if (ipObject.Kind == IpObjectKind.Trademark && (ipObject.Classes.Count == 0 || ipObject.Classes.Any(c => c is < 1 or > 45)))
        {
            violations.Add(new("object.classes", "A trademark needs its classes of goods (1 to 45)."));
        }

        if (ipObject.ProtectionEndsOn is not { } end)
        {
            violations.Add(new("object.protection_ends_on", "The end of the term of legal protection is missing (Art. 396)."));
        }
        else if (end <= submittedOn)
        {
            violations.Add(new("object.protection_ends_on", "The object's legal protection has already ended (Art. 395(3))."));
        }
    }

    private static void ValidateGoods(GoodsIdentification goods, List<FieldViolation> violations)
    {
        if (goods.TariffCodes.Count == 0)
        {
            violations.Add(new("goods.tariff_codes", "Tariff codes identifying the goods are missing (Art. 394(2))."));
        }
        else if (goods.TariffCodes.Any(c => TariffCode.Normalise(c) is not { Length: >= 4 and <= 10 }))
        {
            violations.Add(new("goods.tariff_codes", "Each tariff code must have 4 to 10 digits."));
        }

        if (goods.BrandSpellings.Count == 0 || goods.BrandSpellings.Any(b => BrandNormaliser.Normalise(b).Length == 0))
        {
            violations.Add(new("goods.brand_spellings", "Brand spellings identifying the goods are missing (Art. 394(2))."));
        }
    }

    /// <summary>Art. 395(2): a guarantee or insurance of at least the minimum in force on <paramref name="submittedOn"/>, not lapsed.</summary>
    public static void ValidateSecurity(Security? security, DateOnly submittedOn, List<FieldViolation> violations)
    {
        var minimum = RegisterRulesTable.On(submittedOn).MinimumSecurity;
        if (security is null || security.Kind == SecurityKind.Unspecified)
        {
            violations.Add(new("security", $"A guarantee or liability insurance of at least {minimum} is missing (Art. 395(2))."));
            return;
        }

        if (!security.Amount.IsInMinorUnits)
        {
            // 499,999.995 RUB is not 500,000 RUB: it is refused, not rounded up past the minimum.
            violations.Add(new("security.amount", $"{security.Amount} {MinorUnits.TooPrecise}."));
        }
        else if (!security.Amount.IsAtLeast(minimum))
        {
            violations.Add(new("security.amount", $"The security must be at least {minimum} (Art. 395(2))."));
        }

        if (security.ValidUntil <= submittedOn)
        {
            violations.Add(new("security.valid_until", "The security has already lapsed (Art. 395(3))."));
        }
    }
}
