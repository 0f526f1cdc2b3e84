using Customs.Payments.Api.Domain.Securities;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 341(3): "If a mortgager fails to fulfil his or her obligations secured by mortgage, the customs authorities shall
/// be obliged to transfer the arrears ... at the expense of the value of mortgaged property": a pledge secures at most the
/// value of the property recorded with it.
/// </summary>
public sealed class PledgeRulesTests
{
    private static Security Pledge(decimal amount, decimal value) =>
        new(Guid.Empty, "P-1", SecurityMethod.Pledge, "7707083893", "", false, "10005000", new DateOnly(2025, 4, 4), amount, 0m, 0m, true, "")
        {
            Pledged = new PledgedProperty("Warehouse building, 1,200 m2", value, "Khimki", false),
        };

    [Fact]
    public void A_pledge_secures_at_most_the_value_of_the_property_it_mortgages()
    {
        PledgeRules.EnsurePropertyCovers(Pledge(300_000m, 300_000m));
        var above = Assert.Throws<RuleViolationException>(() => PledgeRules.EnsurePropertyCovers(Pledge(300_000m, 299_999.99m)));

        Assert.Equal(("PLEDGE_ABOVE_PROPERTY_VALUE", "Art. 341(3)"), (above.Reason, above.LegalBasis));
    }

    [Fact]
    public void The_property_is_part_of_what_a_repeated_acceptance_must_match()
    {
        var pledge = Pledge(300_000m, 500_000m);

        Assert.True(pledge.SameContent(Pledge(300_000m, 500_000m)));
        Assert.False(pledge.SameContent(pledge with { Pledged = pledge.Pledged! with { Location = "Tver" } }));
    }
}
