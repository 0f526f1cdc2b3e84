using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Securities;

/// <summary>Art. 341: a pledge secures at most the value of the property it mortgages, at whose expense the arrears are paid (341(3)).</summary>
public static class PledgeRules
{
    public static void EnsurePropertyCovers(Security security)
    {
        if (security.Pledged is { } pledged && security.AmountRub > pledged.ValueRub)
        {
            throw new RuleViolationException(PaymentErrors.PledgeAbovePropertyValue,
                $"The property pledged is worth {pledged.ValueRub:0.00} RUB: it secures at most that, not {security.AmountRub:0.00} RUB.", "Art. 341(3)");
        }
    }
}
