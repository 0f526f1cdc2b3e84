namespace Customs.Declarations.Api.Domain;

/// <summary>
/// The release decision (issue 15): goods under customs control are released only when every condition holds —
/// <list type="bullet">
/// <item>the IP register screened every item and nothing it found stands (Arts. 397(1), 399; <see cref="IpScreeningGate"/>);</item>
/// <item>customs control is done (Arts. 358, 366): the green lane needs nothing more, the blue lane is verified after
/// release (Art. 361), the yellow lane's documents are checked by the officer who releases, the red lane's goods wait
/// for their examination to be completed (Art. 372);</item>
/// <item>the payments are paid, secured or deferred as Payments last said (Arts. 329, 332, 333, 337(1)[2], 338(1)), and
/// Payments has reassessed on every quantity or value customs established (Arts. 323(7), 372(5));</item>
/// <item>the permits the memo requires for goods for personal use are presented to the officer (memo, last section).</item>
/// </list>
/// Automatic release happens when every condition holds without an officer (no permit to present, no documents to
/// check); an officer may release once every condition but the documents the officer checks holds.
/// </summary>
public static class ReleaseGate
{
    public const string Examination = "examination";
    public const string Payments = "payments";
    public const string IpRegister = "ipregister";
    public const string Officer = "officer";
    public const string Payer = "payer";

    /// <param name="byOfficer">True for an officer's release: the officer checks the documents of the yellow lane and receives the permits.</param>
    public static IReadOnlyList<ReleaseCondition> Conditions(Declaration d, bool byOfficer) =>
        [Ip(d), Control(d, byOfficer), PaymentsCondition(d), Permits(d, byOfficer)];

    /// <summary>
    /// False when the conditions the other services reported already rule out an automatic release: customs control is
    /// not done (no green or blue lane, no completed examination) or the payments do not allow release (or are not yet
    /// reassessed on every fact announced). A necessary condition of <see cref="Conditions"/> without an officer, read from
    /// the one row of release conditions, so an event about a declaration that cannot be released yet does not load it.
    /// </summary>
    public static bool MayReleaseAutomatically(ReleaseInputs inputs) =>
        (inputs.ExaminationCompletedAt is not null || inputs.ControlLane is "green" or "blue")
        && inputs.Payments is { AllowsRelease: true } standing && standing.FactsAccounted >= inputs.FactsAnnounced;

    /// <returns>The first condition that does not hold, as the error to answer with; null when release may go ahead.</returns>
    public static DeclarationRuleException? WhyReleaseWaits(Declaration d, bool byOfficer) =>
        Conditions(d, byOfficer).FirstOrDefault(c => !c.Met) is { } unmet
            ? new DeclarationRuleException(unmet.Reason ?? DeclarationErrors.NotUnderControl, $"Cannot release: {unmet.Note}.", unmet.LegalBasis)
            : null;

    private static ReleaseCondition Ip(Declaration d)
    {
        if (IpScreeningGate.WhyReleaseWaits(d.Content.Items, d.IpScreenings, d.Suspensions) is not { } wait)
        {
            var exempt = d.IpScreenings.Any(s => s.Outcome == IpScreeningOutcome.ExemptPersonalUse);
            return new(ReleaseConditionKind.IpScreening, true, "", null, LegalBasis.AwaitingIpScreening,
                d.Suspensions.Count > 0 ? "every suspension of release was lifted"
                : exempt ? "screened; goods for personal use are exempt (Art. 400)" : "screened; nothing found");
        }

        var until = d.Suspensions.Where(s => s.LiftedOn is null && s.SuspendedUntil is not null).Select(s => s.SuspendedUntil).Max();
        var who = wait.Reason == DeclarationErrors.AwaitingIpScreening ? IpRegister : "right-holder, court or the head of the customs office";
        return new(ReleaseConditionKind.IpScreening, false, who, until, wait.LegalBasis ?? LegalBasis.SuspensionIp, Trim(wait.Message), wait.Reason);
    }

    private static ReleaseCondition Control(Declaration d, bool byOfficer)
    {
        var inputs = d.ReleaseInputs;
        const ReleaseConditionKind kind = ReleaseConditionKind.CustomsControl;
        if (inputs.ExaminationCompletedAt is not null)
        {
            var unrecorded = inputs.ExaminationQuantities
                .Where(q => !d.EstablishedQuantities.TryGetValue(q.ItemNumber, out var established) || established.Established != q.Quantity)
                .Select(q => q.ItemNumber).ToList();
            return unrecorded.Count == 0
                ? new(kind, true, "", null, LegalBasis.ExaminationBeforeRelease, $"examination {inputs.ExaminationId} completed")
                : new(kind, false, Examination, d.ControlDeadline, LegalBasis.QuantityByExamination,
                    $"the quantity the examination established of item {string.Join(", ", unrecorded)} is not recorded yet", DeclarationErrors.AwaitingCustomsControl);
        }

        return inputs.ControlLane switch
        {
            null => new(kind, false, Examination, d.ControlDeadline, LegalBasis.ControlDecision,
                "the risk management system has not chosen the control yet", DeclarationErrors.AwaitingCustomsControl),
            "green" => new(kind, true, "", null, LegalBasis.ControlDecision, "green lane"),
            "blue" => new(kind, true, "", null, LegalBasis.PostReleaseAudit, "blue lane: verified after release"),
            "yellow" when byOfficer => new(kind, true, "", null, LegalBasis.DocumentsChecked, "yellow lane: documents checked by the releasing officer"),
            "yellow" => new(kind, false, Officer, d.ControlDeadline, LegalBasis.DocumentsChecked,
                "yellow lane: an officer checks the documents and releases", DeclarationErrors.AwaitingCustomsControl),
            _ => new(kind, false, Officer, d.ControlDeadline, LegalBasis.ExaminationBeforeRelease,
                $"{inputs.ControlLane} lane: the examination of the goods is not completed", DeclarationErrors.AwaitingCustomsControl),
        };
    }

    private static ReleaseCondition PaymentsCondition(Declaration d)
    {
        var inputs = d.ReleaseInputs;
        const ReleaseConditionKind kind = ReleaseConditionKind.Payments;
        if (inputs.Payments is not { } standing)
        {
            return new(kind, false, Payments, null, LegalBasis.PaymentsBeforeRelease, "the customs payments are not assessed yet", DeclarationErrors.AwaitingPayments);
        }

        if (standing.FactsAccounted < inputs.FactsAnnounced)
        {
            return new(kind, false, Payments, null, LegalBasis.Reassessment,
                $"Payments has reassessed on {standing.FactsAccounted} of the {inputs.FactsAnnounced} quantities or values customs established",
                DeclarationErrors.AwaitingPayments);
        }

        return standing.AllowsRelease
            ? new(kind, true, "", null, standing.LegalBasis, standing.Note)
            : new(kind, false, standing.Basis == "owed" ? Payer : Payments, standing.DueOn, standing.LegalBasis, standing.Note, DeclarationErrors.AwaitingPayments);
    }

    private static ReleaseCondition Permits(Declaration d, bool byOfficer)
    {
        var missing = d.Assessment?.MissingPermits.ToList() ?? [];
        return missing.Count == 0 || byOfficer
            ? new(ReleaseConditionKind.Permits, true, "", null, LegalBasis.PermitsAtRelease,
                missing.Count == 0 ? "no permit required" : "presented to the releasing officer")
            : new(ReleaseConditionKind.Permits, false, Officer, d.ControlDeadline, LegalBasis.PermitsAtRelease,
                "the declarant presents to an officer: " + string.Join("; ", missing.Select(m => $"item {m.ItemNumber}: {m.Document} for {m.Category}")),
                DeclarationErrors.PermitNotPresented);
    }

    private static string Trim(string message) => message.StartsWith("Cannot release: ", StringComparison.Ordinal)
        ? message["Cannot release: ".Length..].TrimEnd('.')
        : message;
}
