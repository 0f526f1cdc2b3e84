namespace Customs.Declarations.Api.Domain;

/// <summary>
/// The IP register's part of a declaration's lifecycle (Arts. 397-400): its screening per item, the suspension of release
/// as its events announce it (the hold, the written decision, extensions and changed terms), the lift and the seizure.
/// </summary>
public sealed partial class Declaration
{
    /// <summary>Art. 397(1): true when the status changed (a second suspension of a suspended declaration changes nothing).</summary>
    public bool SuspendRelease(string actor, DateTimeOffset now, string legalBasis, string note)
    {
        if (Status == DeclarationStatus.ReleaseSuspended)
        {
            return false;
        }

        Require("suspend release of", DeclarationStatus.UnderControl);
        Move(DeclarationStatus.ReleaseSuspended, actor, now, legalBasis, note);
        return true;
    }

    /// <summary>The IP register's screening of an item (a finding, not a transition); a later screening replaces an earlier one.</summary>
    public void RecordIpScreening(ItemIpScreening screening)
    {
        var index = _ipScreenings.FindIndex(s => s.ItemNumber == screening.ItemNumber);
        if (index < 0)
        {
            _ipScreenings.Add(screening);
        }
        else if (_ipScreenings[index].ScreenedAt <= screening.ScreenedAt)
        {
            _ipScreenings[index] = screening;
        }
    }

    /// <summary>Art. 399: the goods are back under control and may be released as far as IP is concerned.</summary>
    public bool LiftSuspension(string actor, DateTimeOffset now, string note)
    {
        if (Status != DeclarationStatus.ReleaseSuspended)
        {
            return false;
        }

        Move(DeclarationStatus.UnderControl, actor, now, LegalBasis.SuspensionLifted, note);
        return true;
    }

    /// <summary>Art. 397(1): the IP register extended a suspension; its new last day is recorded on it and in the history.</summary>
    public void RecordSuspensionExtended(
        string actor, DateTimeOffset now, Guid suspensionId, DateOnly extendedUntil, string? decisionReference = null, string? decidedByRole = null)
    {
        var index = _suspensions.FindIndex(s => s.SuspensionId == suspensionId);
        var suspension = index < 0 ? new ReleaseSuspension(suspensionId, null, extendedUntil, null, null) : _suspensions[index];
        suspension = suspension with { SuspendedUntil = suspension.SuspendedUntil > extendedUntil ? suspension.SuspendedUntil : extendedUntil };
        if (index < 0)
        {
            _suspensions.Add(suspension);
        }
        else
        {
            _suspensions[index] = suspension;
        }

        var decision = decisionReference is null ? "" : $" by the decision of the {decidedByRole?.Replace('_', ' ') ?? "head"}, {decisionReference}";
        Move(Status, actor, now, LegalBasis.SuspensionExtended, $"suspension {suspensionId} extended{decision} until {extendedUntil:yyyy-MM-dd}");
    }

    /// <summary>
    /// The IP register moved a suspension's last day other than by an extension: at a Chinese office from the notice's
    /// delivery (GAC Art. 22) or from detaining (Art. 29), or a provisional term counted again with a year's calendar act.
    /// The day announced replaces the one kept, earlier or later; the status does not change and the move is in the history.
    /// </summary>
    public void RecordSuspensionTermChanged(
        string actor, DateTimeOffset now, Guid suspensionId, DateOnly until, bool provisional, string cause, string legalBasis)
    {
        var index = _suspensions.FindIndex(s => s.SuspensionId == suspensionId);
        if (index < 0)
        {
            _suspensions.Add(new ReleaseSuspension(suspensionId, null, until, null, null));
        }
        else
        {
            _suspensions[index] = _suspensions[index] with { SuspendedUntil = until };
        }

        Move(Status, actor, now, legalBasis, $"suspension {suspensionId}: last day {until:yyyy-MM-dd}{(provisional ? " (provisional)" : "")}, {cause.Replace('_', ' ')}");
    }

    /// <summary>
    /// Art. 397(1): the head of the office or the deputy decided in writing to suspend the release the IP register held;
    /// the suspension runs to the decision's last day and the decision is in the history. The caller records each decision once.
    /// </summary>
    public void RecordSuspensionDecided(string actor, DateTimeOffset now, SuspensionDecision decision)
    {
        Require("record a decision to suspend release of", DeclarationStatus.ReleaseSuspended);
        var index = _suspensions.FindIndex(s => s.SuspensionId == decision.SuspensionId);
        var known = index < 0 ? new ReleaseSuspension(decision.SuspensionId, null, null, null, null) : _suspensions[index];
        var decided = known with
        {
            SuspendedOn = decision.DecidedOn,
            SuspendedUntil = known.SuspendedUntil > decision.SuspendedUntil ? known.SuspendedUntil : decision.SuspendedUntil,
            PendingDecision = false, DecidedOn = decision.DecidedOn, DecisionReference = decision.Reference, DecidedByRole = decision.DecidedByRole,
        };
        if (index < 0)
        {
            _suspensions.Add(decided);
        }
        else
        {
            _suspensions[index] = decided;
        }

        Move(Status, actor, now, LegalBasis.SuspensionDecided, decision.Note);
    }

    public void Seize(string actor, DateTimeOffset now, string decisionReference)
    {
        Require("refuse release of seized goods of", DeclarationStatus.UnderControl, DeclarationStatus.ReleaseSuspended);
        Move(DeclarationStatus.Refused, actor, now, LegalBasis.Seizure, decisionReference);
    }
}
