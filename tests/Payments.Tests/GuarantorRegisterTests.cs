using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.ServiceDefaults;

namespace Customs.Payments.Tests;

/// <summary>
/// The register of Arts. 342-344, worked by hand: the bank's terms of 343(2) ("minimum five years of banking experience",
/// "authorised capital amounting to minimum 200 million roubles", "assets (capital) amounting to minimum one billion
/// roubles"), the insurer's of 343(4) ("minimum 500 million roubles"); "within the period not exceeding 30 days from the
/// day of submission" and notice "within three days" (343(7)); entry "starting from the first day of the month following
/// the month when said decision is passed" (343(10)); reinstatement "in one year's time" (344(3)); accepted guarantees stay
/// valid after an exclusion (344(2)).
/// </summary>
public sealed class GuarantorRegisterTests
{
    private static readonly EntryFacts SoundBank = new()
    {
        LicenceValid = true, YearsOfOperation = 7, HasCustomsArrears = false, AuthorisedCapitalRub = 200_000_000m,
        OwnFundsRub = 1_000_000_000m, MandatoryStandardsMetLastYear = true,
    };

    private static readonly EntryFacts SoundInsurer = new()
    {
        LicenceValid = true, YearsOfOperation = 5, AuthorisedCapitalRub = 500_000_000m, PositiveBalanceLastYear = true,
        FreeAssetsAtLeastNormative = true, NetAssetsAtLeastPaidCapital = true,
    };

    [Fact]
    public void A_bank_meeting_every_term_of_343_2_is_entered_from_the_first_day_of_the_next_month()
    {
        // Submitted 03.03.2010, decided 25.03.2010: entered from 01.04.2010, notice by 28.03.2010, decide by 02.04.2010.
        var d = RegisterRules.Decide(GuarantorKind.Bank, SoundBank, new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 25));

        Assert.Equal(["343(2)[1]", "343(2)[2]", "343(2)[3]", "343(2)[4]", "343(2)[5]"], d.Criteria.Select(c => c.Article));
        Assert.All(d.Criteria, c => Assert.True(c.Met));
        Assert.Equal(new DateOnly(2010, 4, 1), d.EnteredFrom);
        Assert.Equal(new DateOnly(2010, 3, 28), d.NotifyBy);
        Assert.Equal(new DateOnly(2010, 4, 2), d.DecideBy);
        Assert.False(d.DecidedLate);
    }

    [Fact]
    public void A_decision_on_the_last_day_of_December_enters_the_bank_on_the_first_of_January()
    {
        var d = RegisterRules.Decide(GuarantorKind.Bank, SoundBank, new DateOnly(2010, 12, 10), new DateOnly(2010, 12, 31));

        Assert.Equal(new DateOnly(2011, 1, 1), d.EnteredFrom);
        Assert.Equal(new DateOnly(2011, 1, 3), d.NotifyBy);
    }

    [Fact]
    public void A_decision_on_the_31st_day_after_submission_is_recorded_as_late()
    {
        var d = RegisterRules.Decide(GuarantorKind.Bank, SoundBank, new DateOnly(2010, 3, 3), new DateOnly(2010, 4, 3));

        Assert.True(d.DecidedLate);
    }

    [Fact]
    public void A_bank_one_rouble_short_of_200_million_capital_is_refused_for_343_2_3_only()
    {
        var d = RegisterRules.Decide(GuarantorKind.Bank, SoundBank with { AuthorisedCapitalRub = 199_999_999m },
            new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 20));

        Assert.Null(d.EnteredFrom);
        Assert.Equal(["343(2)[3]"], d.Unmet.Select(c => c.Article));
    }

    [Fact]
    public void A_bank_with_four_years_of_banking_and_customs_arrears_is_refused_for_both_reasons()
    {
        var d = RegisterRules.Decide(GuarantorKind.Bank, SoundBank with { YearsOfOperation = 4, HasCustomsArrears = true },
            new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 20));

        Assert.Equal(["343(2)[1]", "343(2)[2]"], d.Unmet.Select(c => c.Article));
    }

    [Fact]
    public void An_insurer_needs_500_million_capital_where_a_bank_needs_200_million()
    {
        var insurer = RegisterRules.Decide(GuarantorKind.Insurer, SoundInsurer with { AuthorisedCapitalRub = 300_000_000m },
            new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 20));
        var bank = RegisterRules.Decide(GuarantorKind.Bank, SoundBank with { AuthorisedCapitalRub = 300_000_000m },
            new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 20));

        Assert.Equal(7, insurer.Criteria.Count);
        Assert.Equal(["343(4)[3]"], insurer.Unmet.Select(c => c.Article));
        Assert.True(bank.Entered);
    }

    [Fact]
    public void A_branch_is_refused_when_its_statute_does_not_let_it_issue_guarantees()
    {
        var d = RegisterRules.Decide(GuarantorKind.BankBranch,
            new EntryFacts { BranchInStateRegister = true, BranchMayIssueGuarantees = false, HeadBankQualifies = true },
            new DateOnly(2010, 3, 3), new DateOnly(2010, 3, 20));

        Assert.Equal(["343(3)[2]"], d.Unmet.Select(c => c.Article));
    }

    [Fact]
    public void An_application_without_the_audit_conclusion_of_343_5_is_not_considered()
    {
        var docs = RegisterDocuments.Required(GuarantorKind.Bank).Where(d => d != "audit_conclusion");

        var ex = Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureDocuments(GuarantorKind.Bank, docs));

        Assert.Equal(PaymentErrors.DocumentsMissing, ex.Reason);
        Assert.Contains("audit_conclusion", ex.Message);
        RegisterRules.EnsureDocuments(GuarantorKind.BankBranch, RegisterDocuments.Required(GuarantorKind.BankBranch));
    }

    [Fact]
    public void An_organisation_excluded_yesterday_is_out_today_while_a_guarantee_it_gave_last_month_stays_valid()
    {
        var periods = new[] { new RegisterPeriod(new DateOnly(2010, 4, 1), new DateOnly(2011, 6, 15)) };

        Assert.False(RegisterRules.InRegisterOn(periods, new DateOnly(2011, 6, 16)));
        Assert.False(RegisterRules.InRegisterOn(periods, new DateOnly(2011, 6, 15)));
        Assert.True(RegisterRules.InRegisterOn(periods, new DateOnly(2011, 5, 16)));
        Assert.False(RegisterRules.InRegisterOn(periods, new DateOnly(2010, 3, 31)));
    }

    [Fact]
    public void Reentry_is_admitted_one_year_after_the_exclusion_and_not_a_day_earlier()
    {
        var excluded = new RegisterPeriod(new DateOnly(2010, 4, 1), new DateOnly(2011, 6, 15));

        var ex = Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureReentryAllowed(excluded, new DateOnly(2012, 6, 14)));
        Assert.Equal(PaymentErrors.ReentryTooEarly, ex.Reason);
        RegisterRules.EnsureReentryAllowed(excluded, new DateOnly(2012, 6, 15));
    }

    [Fact]
    public void A_guarantee_fits_only_between_the_minimum_the_most_per_guarantee_and_what_the_concurrent_maximum_leaves()
    {
        // Art. 342(4), worked by hand: at least 1 million, at most 40 million each, 100 million in all; 70 million in
        // force leaves 30 million, so 30 million fits, 30 million and one kopeck does not; a fresh guarantor takes 40 million, not 40.01.
        var limits = new GuarantorLimits(1_000_000m, 40_000_000m, 100_000_000m);

        Assert.Equal(30_000_000m, RegisterRules.Headroom(100_000_000m, 70_000_000m));
        RegisterRules.EnsureWithinLimits(30_000_000m, limits, 70_000_000m);
        RegisterRules.EnsureWithinLimits(40_000_000m, limits, 0m);
        Assert.Equal(PaymentErrors.GuarantorLimitExceeded,
            Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureWithinLimits(30_000_000.01m, limits, 70_000_000m)).Reason);
        Assert.Equal(PaymentErrors.GuarantorLimitExceeded,
            Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureWithinLimits(40_000_000.01m, limits, 0m)).Reason);
        Assert.Equal(PaymentErrors.BelowGuaranteeMinimum,
            Assert.Throws<RuleViolationException>(() => RegisterRules.EnsureWithinLimits(999_999.99m, limits, 0m)).Reason);
    }

    [Fact]
    public void The_year_of_344_1_allows_exclusion_only_once_it_has_run_without_a_reapplication()
    {
        var entered = new RegisterPeriod(new DateOnly(2010, 4, 1), null);

        Assert.Throws<RuleViolationException>(() =>
            RegisterRules.Exclude(entered, ExclusionGround.YearExpiredWithoutReapplication, new DateOnly(2011, 3, 31), reapplied: false));
        Assert.Throws<RuleViolationException>(() =>
            RegisterRules.Exclude(entered, ExclusionGround.YearExpiredWithoutReapplication, new DateOnly(2011, 4, 1), reapplied: true));
        Assert.Equal(new DateOnly(2011, 4, 1),
            RegisterRules.Exclude(entered, ExclusionGround.YearExpiredWithoutReapplication, new DateOnly(2011, 4, 1), reapplied: false).ExcludedFrom);
        Assert.Equal(new DateOnly(2010, 9, 1),
            RegisterRules.Exclude(entered, ExclusionGround.LicenceWithdrawn, new DateOnly(2010, 9, 1), reapplied: false).ExcludedFrom);
    }
}
