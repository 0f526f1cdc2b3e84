using Customs.Guarantees.V1;
using Customs.ServiceDefaults;
using D = Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Api.Grpc;

/// <summary>Art. 341: the property of a pledge contract, read from the acceptance.</summary>
public sealed partial class GuaranteeGrpcService
{
    /// <summary>Art. 341: a pledge names the property it mortgages (what, its value in RUB, where); no other method does.</summary>
    private static D.PledgedProperty? Pledged(AcceptSecurityRequest request, List<FieldViolation> violations)
    {
        if (request.Method != SecurityMethod.Pledge)
        {
            if (request.PledgedProperty is not null)
            {
                violations.Add(new("pledged_property", "is for a pledge only (Art. 341)"));
            }

            return null;
        }

        if (request.PledgedProperty is not { } p)
        {
            violations.Add(new("pledged_property", "is required for a pledge: what it is, its value and where it is (Art. 341)"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(p.Description))
        {
            violations.Add(new("pledged_property.description", "is required"));
        }

        if (string.IsNullOrWhiteSpace(p.Location))
        {
            violations.Add(new("pledged_property.location", "is required"));
        }

        var value = RequestMapping.RequiredRoubles(p.Value, "pledged_property.value", violations);
        return new D.PledgedProperty(p.Description.Trim(), value, p.Location.Trim(), p.InCustomsCustody);
    }
}
