using Customs.Payments.Api.Domain.Payments;

namespace Customs.Payments.Tests;

/// <summary>
/// Whether payments stand in the way of release. Art. 332: the obligation is met "from the moment when the necessary funds
/// have been debited from the payer's bank account". Art. 337(1): guarantees are provided in case of "[2] conditional release
/// of goods"; 338(1): the security amount is "the sums of dutiable payments and the interests payable at the instance of
/// release of goods for free circulation". Art. 333: deferral "for a period of one to six months" after release.
/// </summary>
public sealed class ReleaseStandingTests
{
    private static readonly Obligation Owing = new("d-1", new DateOnly(2026, 6, 16), 12_500.00m, 0, 0, 0, null);

    [Fact]
    public void Nothing_assessed_yet_waits_for_the_assessment_and_says_why_when_payments_could_not_assess()
    {
        Assert.Equal((false, "unassessed"), Key(ReleaseStanding.Of(null, null, 0)));
        var refused = ReleaseStanding.Of(null, "REFERENCE_DATA_NOT_IN_FORCE", 0);
        Assert.Equal((false, "unassessed"), Key(refused));
        Assert.Contains("REFERENCE_DATA_NOT_IN_FORCE", refused.Note);
        Assert.Equal((true, "not_assessed"), Key(ReleaseStanding.Of(null, ReleaseStanding.KindNotAssessed, 0)));
        // Art. 318: an office of another jurisdiction (a Chinese office) owes none of the Code's payments.
        Assert.Equal((true, "not_assessed"), Key(ReleaseStanding.Of(null, ReleaseStanding.JurisdictionNotAssessed, 0)));
    }

    [Fact]
    public void Owed_in_part_waits_with_what_is_left_and_its_term_then_paid_in_full_allows()
    {
        var part = ReleaseStanding.Of(Owing with { PaidRub = 10_000.00m }, null, 0);
        Assert.Equal((false, "owed", 2_500.00m, new DateOnly(2026, 6, 16)), (part.AllowsRelease, part.Basis, part.OwedRub, part.DueOn));
        Assert.Equal((true, "paid", 0m), (ReleaseStanding.Of(Owing with { PaidRub = 12_500.00m }, null, 0) is var p ? (p.AllowsRelease, p.Basis, p.OwedRub) : default));
        Assert.Equal((true, "nothing_due"), Key(ReleaseStanding.Of(Owing with { AssessedRub = 0 }, null, 0)));
    }

    [Fact]
    public void Penalties_and_interest_unpaid_are_owed_as_the_duties_are()
    {
        var standing = ReleaseStanding.Of(Owing with { PaidRub = 12_500.00m, PenaltyRub = 41.67m }, null, 0);
        Assert.Equal((false, "owed", 41.67m), (standing.AllowsRelease, standing.Basis, standing.OwedRub));
    }

    [Fact]
    public void A_reservation_that_covers_what_is_owed_allows_release_against_security_and_one_short_of_it_does_not()
    {
        Assert.Equal((true, "secured"), Key(ReleaseStanding.Of(Owing, null, 12_500.00m)));
        Assert.Equal((false, "owed"), Key(ReleaseStanding.Of(Owing, null, 12_499.99m)));
        Assert.Equal((true, "secured"), Key(ReleaseStanding.Of(Owing with { PaidRub = 2_500.00m }, null, 10_000.00m)));
    }

    [Fact]
    public void Under_a_deferral_the_part_not_deferred_must_be_paid_and_the_deferred_parts_wait_for_their_terms()
    {
        var deferred = Owing with { Deferred = [new(new DateOnly(2026, 8, 16), 5_000.00m), new(new DateOnly(2026, 9, 16), 5_000.00m)] };
        var notYet = ReleaseStanding.Of(deferred, null, 0);
        Assert.Equal((false, "owed", 2_500.00m), (notYet.AllowsRelease, notYet.Basis, notYet.OwedRub));

        var paidTheRest = ReleaseStanding.Of(deferred with { PaidRub = 2_500.00m }, null, 0);
        Assert.Equal((true, "deferred", 10_000.00m, new DateOnly(2026, 8, 16)), (paidTheRest.AllowsRelease, paidTheRest.Basis, paidTheRest.OwedRub, paidTheRest.DueOn));
    }

    private static (bool, string) Key(ReleaseStanding s) => (s.AllowsRelease, s.Basis);
}
