using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Entries;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Tests.Domain;

/// <summary>
/// Art. 396: "This period may be extended on the basis of the rights-holder application (or his / or her representative)
/// provided all the terms and conditions stipulated by Article 394 and Item 2 of Article 395 of this Customs Code have been
/// observed." Art. 395(2): "The overall security sum of said obligation or the insurance premium should amount to at least
/// 500,000 roubles."
/// </summary>
public sealed class EntryExtensionTests
{
    private static readonly DateOnly ExtendedOn = new(2028, 2, 1);
    private static readonly DateTimeOffset Now = new(2028, 2, 1, 9, 0, 0, TimeSpan.FromHours(3));

    // Entered 1 March 2026 until 28 February 2028; its insurance of 500,000 RUB runs to 31 December 2028.
    private static RegisterEntry Entry() => new()
    {
        Id = Guid.NewGuid(),
        ApplicationId = Guid.NewGuid(),
        Object = new IpObject(IpObjectKind.Trademark, "XIAOMI", "RU 123456", [9], new DateOnly(2040, 12, 31)),
        RightHolder = Suspensions.Holder,
        Applicant = Suspensions.Holder,
        ApplicantCapacity = ApplicantCapacity.RightHolder,
        TariffCodes = ["8517"],
        BrandSpellings = ["XIAOMI"],
        NormalisedBrands = ["XIAOMI"],
        EnteredOn = new DateOnly(2026, 3, 1),
        ValidUntil = new DateOnly(2028, 2, 28),
        Security = Insurance(500_000m, new DateOnly(2028, 12, 31)),
        ChangedAt = Now,
    };

    private static Security Insurance(decimal rubles, DateOnly validUntil) =>
        new(SecurityKind.LiabilityInsurance, Money.Rub(rubles), "Policy 7", validUntil);

    [Fact]
    public void An_extension_past_the_end_of_the_security_is_refused()
    {
        // Asked on 1 Feb 2028 to 31 Dec 2030: within five years (to 1 Feb 2033) and the protection (2040), but the
        // insurance ends on 31 Dec 2028.
        var refused = Assert.Throws<RuleViolationException>(() => Entry().ExtendedTo(new DateOnly(2030, 12, 31), ExtendedOn, Now));

        Assert.Equal(RegisterErrors.SecurityDoesNotCoverTerm, refused.Reason);
    }

    [Fact]
    public void A_renewed_security_that_covers_the_new_term_lets_it_through_and_becomes_the_entrys()
    {
        var renewed = Insurance(500_000m, new DateOnly(2031, 1, 31));

        var extended = Entry().ExtendedTo(new DateOnly(2030, 12, 31), ExtendedOn, Now, renewed);

        Assert.Equal((new DateOnly(2030, 12, 31), renewed), (extended.ValidUntil, extended.Security));
    }

    [Fact]
    public void A_renewed_security_below_500000_roubles_is_refused_even_if_it_lasts() =>
        Assert.Throws<RuleViolationException>(() =>
            Entry().ExtendedTo(new DateOnly(2030, 12, 31), ExtendedOn, Now, Insurance(499_999.99m, new DateOnly(2031, 1, 31))));

    [Fact]
    public void An_extension_the_recorded_security_covers_needs_nothing_more() =>
        Assert.Equal(new DateOnly(2028, 12, 31), Entry().ExtendedTo(new DateOnly(2028, 12, 31), ExtendedOn, Now).ValidUntil);
}
