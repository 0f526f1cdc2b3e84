using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Securities;

namespace Customs.Payments.Tests;

/// <summary>
/// Art. 337(2): "Guarantees of payments of customs duties and taxes shall not be required ... in the instances when the
/// customs authorities have good reasons to believe that the commitments assumed before them shall be fulfilled." An
/// officer's written waiver is read where security is required: a deferral's decision (337(1)[1], 333(5)) and release
/// (conditional release, 337(1)[2]).
/// </summary>
public sealed class SecurityWaiverTests
{
    private static readonly Obligation Owing = new("d-1", new DateOnly(2011, 4, 20), 90_000m, 0, 0, 0, null);

    [Fact]
    public void A_deferral_of_90000_roubles_needs_no_security_once_the_officer_waived_it()
    {
        // 90,000.00 in three parts with 1,226.69 of interest (DeferralTests): 91,226.69 from 20,000 needs a security; with the
        // waiver it is granted without one.
        var rules = Deferred.Rules;
        var request = rules.Request(Owing, "r-1", "7707083893", DeferralKind.Instalments, DeferralGround.PerishableGoods, 3, new DateOnly(2011, 4, 10));

        var refused = Assert.Throws<Customs.ServiceDefaults.RuleViolationException>(() => rules.Approve(request, Owing, new DateOnly(2011, 4, 15), ""));
        var waived = rules.Approve(request, Owing, new DateOnly(2011, 4, 15), "", securityWaived: true);

        Assert.Equal("SECURITY_REQUIRED", refused.Reason);
        Assert.Equal((DeferralStatus.Approved, false, 0m, ""), (waived.Outcome, waived.SecurityRequired, waived.SecurityRequiredRub, waived.SecurityReference));
        Assert.Equal(1_226.69m, waived.InterestRub);
    }

    [Fact]
    public void A_declaration_whose_security_was_waived_stands_released_as_a_secured_one_would_with_what_it_owes()
    {
        // 90,000.00 owed, nothing reserved: waits; waived: allowed (337(2)), still owing 90,000.00 by its term.
        var waiting = ReleaseStanding.Of(Owing, null, 0);
        var waived = ReleaseStanding.Of(Owing, null, 0, securityWaived: true);
        var paid = ReleaseStanding.Of(Owing with { PaidRub = 90_000m }, null, 0, securityWaived: true);

        Assert.Equal((false, "owed"), (waiting.AllowsRelease, waiting.Basis));
        Assert.Equal((true, "security_waived", 90_000m, new DateOnly(2011, 4, 20)), (waived.AllowsRelease, waived.Basis, waived.OwedRub, waived.DueOn));
        Assert.Contains("337(2)", waived.LegalBasis);
        Assert.Equal((true, "paid"), (paid.AllowsRelease, paid.Basis));
    }

    [Fact]
    public void A_waiver_of_one_operation_is_not_one_of_the_whole_declaration()
    {
        var declaration = new SecurityWaiver(Guid.Empty, "w-1", "d-1", "", "10005000", "reason", new DateOnly(2011, 4, 1), "head");

        Assert.True(declaration.WholeDeclaration);
        Assert.False((declaration with { OperationReference = "op-1" }).WholeDeclaration);
        Assert.False(declaration.SameContent(declaration with { Reason = "other" }));
    }
}
