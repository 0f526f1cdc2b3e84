using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// The GAC procedure's other ways out and its acts: the holder's written answer not to detain (Art. 22(2)), release on the
/// parties' agreement (Art. 27(3)) or, for a patent, against a guarantee of the goods' value (Art. 28(2)), each lifting
/// the suspension with ReleaseSuspensionLifted so the declaration may proceed; inspections (Arts. 22, 26) and requests for
/// advisory opinions (Art. 27(2)), recorded without changing where the goods stand.
/// </summary>
public sealed partial class GacDetentionCommands
{
    public Task<GacSuspension> RecordHolderAnswerAsync(Guid id, DateOnly answeredOn, string reasons, string answerReference, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            var started = Started(detention);
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive, $"The suspension is {suspension.Status}, not active.", Art21);
            NotBefore(answeredOn, started.NoticeDeliveredOn, "the notice was delivered", today, "answered_on");
            started.HolderAnswersNoDetention(answeredOn, reasons, answerReference);
            return await ReleaseAsync(suspension, started, LiftReason.HolderDeclined, today, officerId, connection, transaction, ct);
        }, ct);

    public Task<GacSuspension> ReleaseByAgreementAsync(
        Guid id, DateOnly appliedOn, string applicationReference, string agreementReference, bool crimeSuspected, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            var started = Started(detention);
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive, $"The suspension is {suspension.Status}, not active.", "GAC IPR measures Art. 27");
            NotBefore(appliedOn, started.DetainedOn ?? started.NoticeDeliveredOn, "the goods were detained", today, "applied_on");
            started.ReleaseByAgreement(appliedOn, applicationReference, agreementReference, crimeSuspected);
            return await ReleaseAsync(suspension, started, LiftReason.ReleasedByAgreement, today, officerId, connection, transaction, ct);
        }, ct);

    public Task<GacSuspension> ReleaseAgainstGuaranteeAsync(Guid id, GuaranteeRelease request, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            var started = Started(detention);
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive, $"The suspension is {suspension.Status}, not active.", "GAC IPR measures Art. 28");
            var detained = started.DetainedOn ?? started.NoticeDeliveredOn;
            NotBefore(request.UndeterminedNotifiedOn, detained, "the goods were detained", today, "undetermined_notified_on");
            NotBefore(request.RequestedOn, request.UndeterminedNotifiedOn, "customs' notice that it cannot determine", today, "requested_on");
            var entry = await entries.GetAsync(connection, transaction, suspension.RegisterEntryId, forUpdate: false, ct)
                ?? throw new InvalidOperationException($"Register entry {suspension.RegisterEntryId} of suspension {suspension.Id} is missing.");
            started.ReleaseAgainstGuarantee(request.RequestedOn, request.RequestedBy, entry.Object.Kind, request.Guarantee, request.GuaranteeReference,
                request.RequestReference, request.UndeterminedNotifiedOn, request.UndeterminedNoticeReference);
            return await ReleaseAsync(suspension, started, LiftReason.ReleasedAgainstGuarantee, today, officerId, connection, transaction, ct);
        }, ct);

    public Task<GacSuspension> RecordInspectionAsync(Guid id, GacParty party, DateOnly inspectedOn, string consentReference, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            var started = Started(detention);
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive,
                $"The suspension is {suspension.Status}: the goods are no longer held by customs.", "GAC IPR measures Arts. 22, 26");
            NotBefore(inspectedOn, started.NoticeDeliveredOn, "the notice was delivered", today, "inspected_on");
            var act = started.RecordInspection(party, inspectedOn, consentReference);
            await detentions.InsertActAsync(connection, transaction, suspension.Id, act, officerId, clock.GetUtcNow(), ct);
            return started;
        }, ct);

    public Task<GacSuspension> RequestAdvisoryOpinionAsync(Guid id, string authority, DateOnly requestedOn, string requestReference, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            var started = Started(detention);
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive,
                $"The suspension is {suspension.Status}: the investigation of detained goods is over.", "GAC IPR measures Art. 27");
            NotBefore(requestedOn, started.DetainedOn ?? started.NoticeDeliveredOn, "the goods were detained", today, "requested_on");
            var act = started.RequestAdvisoryOpinion(authority, requestedOn, requestReference);
            await detentions.InsertActAsync(connection, transaction, suspension.Id, act, officerId, clock.GetUtcNow(), ct);
            return started;
        }, ct);

    private async Task<ChinaDetention> ReleaseAsync(
        Suspension suspension, ChinaDetention detention, LiftReason reason, DateOnly today, string officerId, Npgsql.NpgsqlConnection connection,
        Npgsql.NpgsqlTransaction transaction, CancellationToken ct)
    {
        suspension.ReleasedUnderGac(reason, today);
        await suspensions.UpdateAsync(connection, transaction, suspension, ct);
        await detentions.SaveAsync(connection, transaction, suspension.Id, detention, officerId, clock.GetUtcNow(), ct);
        await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Lifted(suspension), cancellationToken: ct);
        return detention;
    }

    private static ChinaDetention Started(ChinaDetention? detention) => detention ?? throw new SuspensionRuleException(RegisterErrors.GacNoticeNotDelivered,
        "The written notice's delivery to the holder is not recorded: the GAC procedure has not started.", "GAC IPR measures Arts. 21-22");

    /// <summary>A day of the procedure lies between the step it answers and today at the office.</summary>
    private static void NotBefore(DateOnly day, DateOnly earliest, string what, DateOnly today, string field)
    {
        var violations = new List<FieldViolation>();
        if (day < earliest)
        {
            violations.Add(new(field, $"is before {what} on {earliest:yyyy-MM-dd}"));
        }

        if (day > today)
        {
            violations.Add(new(field, $"is after today at the office ({today:yyyy-MM-dd})"));
        }

        RequestValidationException.ThrowIfAny(violations);
    }
}
