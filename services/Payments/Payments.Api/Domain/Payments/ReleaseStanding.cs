namespace Customs.Payments.Api.Domain.Payments;

/// <summary>
/// Whether a declaration's customs payments stand in the way of releasing its goods. Goods are released once the duties
/// and taxes are paid (Art. 332 says when an obligation is met) or secured (Arts. 337(1)[2], 338(1): the security covers
/// what is payable on release for free circulation), or once the part that was not deferred is paid (Art. 333: the
/// deferred parts fall due after release, secured as 337(1)[1] requires). Nothing assessed to pay stands in no way.
/// </summary>
public sealed record ReleaseStanding(bool AllowsRelease, string Basis, decimal OwedRub, DateOnly? DueOn, string LegalBasis, string Note)
{
    /// <summary>The reason Payments records for a kind of declaration it assesses no payments on.</summary>
    public const string KindNotAssessed = "KIND_NOT_ASSESSED";

    /// <summary>The reason Payments records for a declaration of an office outside the Customs Code (a Chinese office).</summary>
    public const string JurisdictionNotAssessed = "JURISDICTION_NOT_ASSESSED";

    /// <param name="obligation">The declaration's obligation; null when it was not assessed.</param>
    /// <param name="unassessedReason">Why it was not assessed, when Payments recorded a reason.</param>
    /// <param name="securedRub">What the securities' reservations for the declaration hold now.</param>
    /// <param name="securityWaived">An officer waived the declaration's security (Art. 337(2)).</param>
    public static ReleaseStanding Of(Obligation? obligation, string? unassessedReason, decimal securedRub, bool securityWaived = false)
    {
        if (obligation is null)
        {
            return unassessedReason switch
            {
                KindNotAssessed => new(true, "not_assessed", 0, null, "Art. 318", "no customs payments are assessed on this kind of declaration"),
                JurisdictionNotAssessed => new(true, "not_assessed", 0, null, "Art. 318",
                    "the office applies another country's law: no customs payments of the Customs Code are assessed here"),
                _ => new(false, "unassessed", 0, null, "Arts. 318, 325",
                    unassessedReason is null ? "the payments are not assessed yet" : $"the payments could not be assessed ({unassessedReason})"),
            };
        }

        var owed = obligation.OutstandingRub + obligation.PenaltyOutstandingRub + obligation.InterestOutstandingRub;
        if (owed == 0)
        {
            return obligation.AssessedRub == 0
                ? new(true, "nothing_due", 0, null, "Art. 318", "nothing to pay on this declaration")
                : new(true, "paid", 0, null, "Art. 332", "the customs payments are paid");
        }

        var deferredUnpaid = obligation.TermsWithUnpaid().Skip(1).Sum(t => t.UnpaidRub);
        var owedBeforeRelease = owed - deferredUnpaid;
        if (securedRub > 0 && securedRub >= owedBeforeRelease)
        {
            return new(true, "secured", owed, obligation.NextDueDate, "Arts. 337(1), 338(1)",
                $"{owedBeforeRelease:0.00} RUB owed is secured ({securedRub:0.00} RUB reserved)");
        }

        if (securityWaived && owedBeforeRelease > 0)
        {
            // Art. 337(2): released as a secured one is (conditional release, 337(1)[2]) without the security the officer waived.
            return new(true, "security_waived", owed, obligation.NextDueDate, "Arts. 337(1), 337(2)",
                $"{owedBeforeRelease:0.00} RUB owed; its security was waived by the customs office's decision");
        }

        if (obligation.Deferred.Count > 0 && owedBeforeRelease == 0)
        {
            return new(true, "deferred", owed, obligation.NextDueDate, "Art. 333",
                $"{deferredUnpaid:0.00} RUB deferred, the first part due by {obligation.NextDueDate:yyyy-MM-dd}");
        }

        return new(false, "owed", owedBeforeRelease, obligation.NextDueDate, "Arts. 329, 332",
            $"{owedBeforeRelease:0.00} RUB of customs payments to pay (term {obligation.NextDueDate:yyyy-MM-dd}), or to secure");
    }
}
