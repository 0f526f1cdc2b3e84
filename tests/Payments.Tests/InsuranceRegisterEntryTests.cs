using Customs.Payments.Api.Domain.Guarantors;

namespace Customs.Payments.Tests;

/// <summary>Art. 347(2): an insurer is in the register of insurers from the day it is entered to the day before it is excluded.</summary>
public sealed class InsuranceRegisterEntryTests
{
    [Fact]
    public void An_insurer_is_in_from_its_entry_to_the_day_before_its_exclusion()
    {
        var stay = new InsuranceRegisterEntry(Guid.Empty, "7707083893", "Insurer", new DateOnly(2026, 1, 1), null, "act", "");

        Assert.False(stay.InOn(new DateOnly(2025, 12, 31)));
        Assert.True(stay.InOn(new DateOnly(2026, 1, 1)));
        Assert.True(stay.InOn(new DateOnly(2030, 1, 1)));
        Assert.True((stay with { ExcludedFrom = new DateOnly(2026, 3, 1) }).InOn(new DateOnly(2026, 2, 28)));
        Assert.False((stay with { ExcludedFrom = new DateOnly(2026, 3, 1) }).InOn(new DateOnly(2026, 3, 1)));
    }
}
