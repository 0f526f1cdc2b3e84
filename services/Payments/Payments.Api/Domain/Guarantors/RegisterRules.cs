using Customs.ServiceDefaults;

namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>Entry into and exclusion from the register of banks, credit organisations and insurers (Arts. 342-344).</summary>
public static class RegisterRules
{
    // Art. 343(2)[3]: "minimum 200 million roubles"; [4]: "minimum one billion roubles".
    private const decimal BankCapitalRub = 200_000_000m;
    private const decimal BankOwnFundsRub = 1_000_000_000m;

    // Art. 343(4)[3]: "minimum 500 million roubles".
    private const decimal InsurerCapitalRub = 500_000_000m;

    // Arts. 343(2)[1], 343(4)[4]: "minimum five years".
    private const int YearsOfExperience = 5;

    /// <summary>Art. 343(5): the application carries the documents of its kind, or it cannot be considered.</summary>
    public static void EnsureDocuments(GuarantorKind kind, IEnumerable<string> submitted)
    {
        var missing = RegisterDocuments.Missing(kind, submitted);
        if (missing.Count > 0)
        {
            throw new RuleViolationException(PaymentErrors.DocumentsMissing, $"The application lacks: {string.Join(", ", missing)}.", "Art. 343(5)");
        }
    }

    /// <summary>Each criterion of Art. 343(2) (bank), (3) (branch) or (4) (insurer), reported by its article number.</summary>
    public static IReadOnlyList<CriterionCheck> Criteria(GuarantorKind kind, EntryFacts f) => kind switch
    {
        GuarantorKind.Bank =>
        [
            new("343(2)[1]", "banking licence and at least five years of banking", f.LicenceValid && f.YearsOfOperation >= YearsOfExperience),
            new("343(2)[2]", "no arrears before the customs authorities", !f.HasCustomsArrears),
            new("343(2)[3]", "authorised capital of at least 200 million roubles", f.AuthorisedCapitalRub >= BankCapitalRub),
            new("343(2)[4]", "own funds (capital) of at least one billion roubles", f.OwnFundsRub >= BankOwnFundsRub),
            new("343(2)[5]", "mandatory economic standards met on all reporting dates of the preceding year", f.MandatoryStandardsMetLastYear),
        ],
        GuarantorKind.BankBranch =>
        [
            new("343(3)[1]", "branch entered in the State Register of Credit Organisations", f.BranchInStateRegister),
            new("343(3)[2]", "the branch's statute lets it issue bank guarantees", f.BranchMayIssueGuarantees),
            new("343(3)[3]", "the head bank meets the terms of entry or is in the register", f.HeadBankQualifies),
        ],
        GuarantorKind.Insurer =>
        [
            new("343(4)[1]", "valid licence for all liability insurance used in customs operations", f.LicenceValid),
            new("343(4)[2]", "no arrears before the customs authorities", !f.HasCustomsArrears),
            new("343(4)[3]", "registered authorised capital of at least 500 million roubles", f.AuthorisedCapitalRub >= InsurerCapitalRub),
            new("343(4)[4]", "at least five years as an insurance company", f.YearsOfOperation >= YearsOfExperience),
            new("343(4)[5]", "positive balance in the preceding calendar year", f.PositiveBalanceLastYear),
            new("343(4)[6]", "free assets at the last reporting date not below the normative amount", f.FreeAssetsAtLeastNormative),
            new("343(4)[7]", "net assets at the end of the preceding period not below the paid authorised capital", f.NetAssetsAtLeastPaidCapital),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Art. 343(7): considered "within the period not exceeding 30 days from the day of submission", the applicant notified
    /// "within three days from the date of the decision"; 343(9): refused only for an unmet term; 343(10): entered "starting
    /// from the first day of the month following the month when said decision is passed".
    /// </summary>
    public static EntryDecision Decide(GuarantorKind kind, EntryFacts facts, DateOnly submittedOn, DateOnly decidedOn)
    {
        if (decidedOn < submittedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(decidedOn), "A decision cannot precede its application.");
        }

        var criteria = Criteria(kind, facts);
        var decideBy = DecideBy(submittedOn);
        var entered = criteria.All(c => c.Met) ? FirstOfNextMonth(decidedOn) : (DateOnly?)null;
        return new EntryDecision(decidedOn, decideBy, decidedOn > decideBy, decidedOn.AddDays(3), criteria, entered);
    }

    /// <summary>Art. 343(7): "within the period not exceeding 30 days from the day of submission".</summary>
    public static DateOnly DecideBy(DateOnly submittedOn) => submittedOn.AddDays(30);

    /// <summary>
    /// Art. 344(1): excluded by a decision on one of its grounds, from the day given; the fifth ground, "expiration of one
    /// year from the date of entry ... provided [it] has not applied for the re-entry", only once that year has run.
    /// </summary>
    public static RegisterPeriod Exclude(RegisterPeriod period, ExclusionGround ground, DateOnly excludedFrom, bool reapplied)
    {
        if (period.ExcludedFrom is not null || excludedFrom <= period.EnteredFrom)
        {
            throw new RuleViolationException(PaymentErrors.NotInRegister, $"Not in the register on {excludedFrom:yyyy-MM-dd}.", "Art. 344(1)");
        }

        if (ground == ExclusionGround.YearExpiredWithoutReapplication && (reapplied || excludedFrom < period.EnteredFrom.AddYears(1)))
        {
            throw new RuleViolationException(PaymentErrors.NoExclusionGround,
                $"Entered from {period.EnteredFrom:yyyy-MM-dd}: the year of 344(1) runs to {period.EnteredFrom.AddYears(1):yyyy-MM-dd} and no re-application may be pending.",
                "Art. 344(1)");
        }

        return period with { ExcludedFrom = excludedFrom };
    }

    /// <summary>Art. 344(3): "may be reinstated in the Register in one year's time" after the exclusion.</summary>
    public static DateOnly ReentryFrom(DateOnly excludedFrom) => excludedFrom.AddYears(1);

    public static void EnsureReentryAllowed(RegisterPeriod? last, DateOnly submittedOn)
    {
        if (last?.ExcludedFrom is { } excluded && submittedOn < ReentryFrom(excluded))
        {
            throw new RuleViolationException(PaymentErrors.ReentryTooEarly,
                $"Excluded from {excluded:yyyy-MM-dd}: an application is admitted from {ReentryFrom(excluded):yyyy-MM-dd}.", "Art. 344(3)");
        }
    }

    /// <summary>
    /// Art. 342(1): a bank guarantee is accepted only from an organisation in the register on that date. One accepted
    /// earlier stays valid after an exclusion (344(2)): callers ask with the date the guarantee was accepted.
    /// </summary>
    public static bool InRegisterOn(IEnumerable<RegisterPeriod> periods, DateOnly date) => periods.Any(p => p.Covers(date));

    /// <summary>
    /// Art. 342(4): the Federal Customs Authority sets for each organisation "the minimal amount of a bank guarantee and the
    /// maximal amount of all concurrent bank guaranties": what a new guarantee may still take.
    /// </summary>
    public static decimal Headroom(decimal maxConcurrentRub, decimal outstandingRub) => Math.Max(0m, maxConcurrentRub - outstandingRub);

    /// <summary>Art. 342(4): a new guarantee of <paramref name="amountRub"/> fits the organisation's limits, or is refused with the one it breaks.</summary>
    public static void EnsureWithinLimits(decimal amountRub, GuarantorLimits limits, decimal outstandingRub)
    {
        if (amountRub < limits.MinPerGuaranteeRub)
        {
            throw new RuleViolationException(PaymentErrors.BelowGuaranteeMinimum,
                $"The guarantor's guarantees start at {limits.MinPerGuaranteeRub:0.00} RUB.", "Art. 342(4)");
        }

        if (amountRub > limits.MaxPerGuaranteeRub)
        {
            throw new RuleViolationException(PaymentErrors.GuarantorLimitExceeded,
                $"One guarantee of this guarantor is for at most {limits.MaxPerGuaranteeRub:0.00} RUB.", "Art. 342(4)");
        }

        if (amountRub > Headroom(limits.MaxConcurrentRub, outstandingRub))
        {
            throw new RuleViolationException(PaymentErrors.GuarantorLimitExceeded,
                $"The guarantor's guarantees in force leave {Headroom(limits.MaxConcurrentRub, outstandingRub):0.00} RUB of {limits.MaxConcurrentRub:0.00} RUB.",
                "Art. 342(4)");
        }
    }

    private static DateOnly FirstOfNextMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1);

    /// <summary>
    /// Art. 344(1): exclusion for "breach of the obligations as per a bank guarantee" needs such a breach on record: a demand
    /// to the guarantor whose last day to meet it (350(4)) passed before the day of exclusion unmet (still open, or met late).
    /// </summary>
    public static void EnsureBreachOnRecord(IEnumerable<Securities.GuarantorDemand> demands, DateOnly excludedFrom)
    {
        if (!demands.Any(d => d.BreachedBefore(excludedFrom)))
        {
            throw new RuleViolationException(PaymentErrors.NoBreachOnRecord,
                $"No demand to this guarantor was left unmet past its term before {excludedFrom:yyyy-MM-dd}: no breach of a guarantee is on record.", "Art. 344(1)");
        }
    }
}
