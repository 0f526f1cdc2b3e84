using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Identity;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.China;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.IpRegister.Api.Suspensions;

/// <summary>
/// The GAC procedure after a Chinese office suspends release (Art. 21): the written notice's delivery to the holder, the
/// holder's application to detain with its guarantee (Arts. 22-25), the voucher (Art. 26) and the confiscation notice
/// (Arts. 30, 32). Each command changes the suspension, its procedure and the event to Declarations in one transaction.
/// </summary>
public sealed partial class GacDetentionCommands(
    NpgsqlDataSource dataSource, SuspensionRepository suspensions, GacDetentionRepository detentions, EntryRepository entries,
    JurisdictionCalendars calendars, IOutbox outbox, TimeProvider clock)
{
    private const string Art21 = "GAC IPR measures Art. 21";

    public async Task<ChinaDetention?> GetAsync(Guid suspensionId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await detentions.GetAsync(connection, null, suspensionId, forUpdate: false, ct);
    }

    /// <summary>Art. 22: the holder's 3 working days run from delivery of the written notice; the suspension runs to their end.</summary>
    public Task<GacSuspension> RecordNoticeDeliveredAsync(Guid id, DateOnly deliveredOn, string noticeReference, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            if (detention is not null)
            {
                throw new SuspensionRuleException(RegisterErrors.GacNoticeAlreadyDelivered,
                    $"The notice was recorded as delivered on {detention.NoticeDeliveredOn:yyyy-MM-dd}.", "GAC IPR measures Art. 22");
            }

            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive, $"The suspension is {suspension.Status}, not active.", Art21);
            var violations = new List<FieldViolation>();
            if (deliveredOn < suspension.DetectedOn)
            {
                violations.Add(new("delivered_on", $"is before the goods were found on {suspension.DetectedOn:yyyy-MM-dd}"));
            }

            if (deliveredOn > today)
            {
                violations.Add(new("delivered_on", $"is after today at the office ({today:yyyy-MM-dd})"));
            }

            RequestValidationException.ThrowIfAny(violations);
            var delivered = ChinaDetention.NoticeDelivered(deliveredOn, calendars.For(Jurisdiction.China), noticeReference);
            suspension.RunUntil(delivered.TermEnd, delivered.IsProvisional);
            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await detentions.SaveAsync(connection, transaction, suspension.Id, delivered, officerId, clock.GetUtcNow(), ct);
            await outbox.EnqueueAsync(connection, transaction,
                SuspensionEvents.TermChanged(suspension, TermChangeCause.GacNoticeDelivered, "GAC IPR measures Art. 22", clock.GetUtcNow()), cancellationToken: ct);
            return delivered;
        }, ct);

    /// <summary>
    /// Arts. 22-26: detained when the application came within the 3 working days with the guarantee of Art. 23 (or, for
    /// a trademark, a general guarantee of Art. 24 in force); the voucher names consignee and consignor. Otherwise "the
    /// customs shall release the goods" (Art. 25): the suspension is lifted and the declaration may proceed.
    /// </summary>
    public Task<GacSuspension> ApplyForDetentionAsync(Guid id, DetentionApplication application, string officerId, CancellationToken ct) =>
        RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            if (detention is null)
            {
                throw new SuspensionRuleException(RegisterErrors.GacNoticeNotDelivered,
                    "The written notice's delivery to the holder is not recorded: the holder's 3 working days have not started.", "GAC IPR measures Art. 22");
            }

            Require(detention.Outcome == DetentionOutcome.AwaitingHolder, RegisterErrors.GacHolderAlreadyAnswered,
                $"The holder's answer is recorded: {detention.Outcome}.", "GAC IPR measures Art. 22");
            Require(suspension.Status == SuspensionStatus.Active, RegisterErrors.NotActive, $"The suspension is {suspension.Status}, not active.", Art21);
            var violations = new List<FieldViolation>();
            if (application.AppliedOn < detention.NoticeDeliveredOn)
            {
                violations.Add(new("applied_on", $"is before the notice was delivered on {detention.NoticeDeliveredOn:yyyy-MM-dd}"));
            }

            if (application.AppliedOn > today)
            {
                violations.Add(new("applied_on", $"is after today at the office ({today:yyyy-MM-dd})"));
            }

            RequestValidationException.ThrowIfAny(violations);
            var entry = await entries.GetAsync(connection, transaction, suspension.RegisterEntryId, forUpdate: false, ct)
                ?? throw new InvalidOperationException($"Register entry {suspension.RegisterEntryId} of suspension {suspension.Id} is missing.");
            var outcome = detention.ApplyToDetain(application.AppliedOn, entry.Object.Kind, application.GoodsValue, application.Guarantee,
                application.GeneralGuarantee, calendars.For(Jurisdiction.China), application.Reference);
            object evt;
            if (outcome == DetentionOutcome.Detained)
            {
                detention.Serve(detention.Voucher(suspension.Id, application.Consignee, application.Consignor, suspension.ItemNumbers));
                suspension.RunUntil(detention.TermEnd, detention.IsProvisional);
                evt = SuspensionEvents.TermChanged(suspension, TermChangeCause.GacDetained, "GAC IPR measures Arts. 25, 28-29", clock.GetUtcNow());
            }
            else
            {
                suspension.NotDetained(today);
                evt = SuspensionEvents.Lifted(suspension);
            }

            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await detentions.SaveAsync(connection, transaction, suspension.Id, detention, officerId, clock.GetUtcNow(), ct);
            await outbox.EnqueueAsync(connection, transaction, evt, cancellationToken: ct);
            return detention;
        }, ct);

    /// <summary>
    /// Art. 30: the confiscation of detained goods and the holder's notice of the known information. Art. 32: parties
    /// that cannot be identified are announced, and the goods are confiscated only after 3 months from the announcement.
    /// </summary>
    public Task<GacSuspension> ConfiscateAsync(Guid id, ConfiscationDecision decision, string officerId, OfficerRole role, CancellationToken ct)
    {
        if (!SuspensionAuthority.MayDecide(role))
        {
            throw new PermissionDeniedException(RegisterErrors.HeadOrDeputyRequired,
                "Only the head of the customs office or the deputy decides on confiscation.", "GAC IPR measures Art. 30");
        }

        return RunAsync(id, async (suspension, detention, today, connection, transaction) =>
        {
            if (detention is not { Outcome: DetentionOutcome.Detained, DetainedOn: { } detainedOn })
            {
                throw new SuspensionRuleException(RegisterErrors.GacGoodsNotDetained, "Only detained goods are confiscated.", "GAC IPR measures Arts. 25, 30");
            }

            var voucher = detention.ServedVoucher;
            var consignee = string.IsNullOrWhiteSpace(voucher?.Consignee) ? null : voucher.Consignee;
            var consignor = string.IsNullOrWhiteSpace(voucher?.Consignor) ? null : voucher.Consignor;
            var violations = new List<FieldViolation>();
            if (decision.PenaltyEffectiveOn > today)
            {
                violations.Add(new("penalty_effective_on", $"is after today at the office ({today:yyyy-MM-dd})"));
            }

            DateOnly? confiscableFrom = null;
            if (consignee is null && consignor is null)
            {
                if (decision.AnnouncedOn is not { } announcedOn)
                {
                    violations.Add(new("announced_on", "the parties are not identified: the day of the customs announcement is required (Art. 32)"));
                }
                else
                {
                    confiscableFrom = ChinaDetention.ConfiscationOfUnidentifiedGoodsFrom(announcedOn);
                }
            }

            RequestValidationException.ThrowIfAny(violations);
            if (confiscableFrom is { } from && today < from)
            {
                throw new SuspensionRuleException(RegisterErrors.GacConfiscationTooEarly,
                    $"The parties are not identified: the goods may be confiscated from {from:yyyy-MM-dd}, 3 months after the announcement.", "GAC IPR measures Art. 32");
            }

            var notice = new ConfiscationNotice(decision.GoodsName, decision.Quantity, consignee, consignor, decision.DeclaredOn, detainedOn,
                decision.PenaltyEffectiveOn, decision.PlaceOfDeparture, decision.Destination, decision.OtherInformation,
                confiscableFrom is null ? null : decision.AnnouncedOn, confiscableFrom, decision.DecisionReference);
            suspension.RecordSeizure(SeizureAct.Confiscation, $"customs office {suspension.Context.CustomsOfficeCode}", decision.DecisionReference, today);
            detention.Confiscate(notice);
            await suspensions.UpdateAsync(connection, transaction, suspension, ct);
            await detentions.InsertConfiscationAsync(connection, transaction, suspension.Id, notice, officerId, clock.GetUtcNow(), ct);
            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Seized(suspension), cancellationToken: ct);
            return detention;
        }, ct);
    }

    private async Task<GacSuspension> RunAsync(
        Guid id,
        Func<Suspension, ChinaDetention?, DateOnly, NpgsqlConnection, NpgsqlTransaction, Task<ChinaDetention>> act, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var suspension = await suspensions.GetAsync(connection, transaction, id, forUpdate: true, ct) ?? throw SuspensionCommands.NotFound(id);
        if (suspension.Context.Jurisdiction != WorkingCalendars.ChinaCode)
        {
            throw new SuspensionRuleException(RegisterErrors.NotAGacOffice,
                $"Suspension {id} is at customs office {suspension.Context.CustomsOfficeCode}, which applies the Customs Code, not the GAC measures.", Art21);
        }

        var detention = await detentions.GetAsync(connection, transaction, id, forUpdate: true, ct);
        var today = OfficeDate.Today(clock, suspension.Context.CustomsOfficeCode);
        var changed = await act(suspension, detention, today, connection, transaction);
        await transaction.CommitAsync(ct);
        return new GacSuspension(suspension, changed);
    }

    private static void Require(bool condition, string reason, string message, string legalBasis)
    {
        if (!condition)
        {
            throw new SuspensionRuleException(reason, message, legalBasis);
        }
    }
}
