using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Api.Domain.Suspensions;
using Customs.IpRegister.Contracts;
using Customs.IpRegister.Api.Suspensions;
using Npgsql;

namespace Customs.IpRegister.Api.Screening;

/// <summary>
/// Writes what screening found, in the caller's transaction: the log of every item, the exemptions (Art. 400), one
/// suspension per matched entry — under the Russian rules a hold pending the head's written decision (Art. 397(1)) —
/// and their events through the outbox.
/// </summary>
public sealed class ScreeningRecorder(
    ScreeningLog log, SuspensionRepository suspensions, EntryRepository entries, JurisdictionCalendars calendars, IOutbox outbox,
    NoticeService notices)
{
    /// <returns>The suspension (or hold) of each suspended item.</returns>
    public async Task<IReadOnlyDictionary<int, RecordedSuspension>> RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DeclarationFacts facts, IReadOnlyList<ItemVerdict> verdicts,
        DateTimeOffset now, Guid? correlationId, CancellationToken ct)
    {
        var items = facts.Items.ToDictionary(i => i.ItemNumber);
        await log.WriteAsync(connection, transaction, verdicts.Select(v => new ScreeningLogRow(
            facts.DeclarationId, v.ItemNumber, items[v.ItemNumber].TariffCode, items[v.ItemNumber].Brand,
            BrandNormaliser.Normalise(items[v.ItemNumber].Brand), items[v.ItemNumber].Quantity, EnumCodes.Of(v.Outcome), v.RegisterEntryId, now)), ct);

        var suspended = new Dictionary<int, RecordedSuspension>();
        if (facts.DeclarationId is not { } declarationId)
        {
            return suspended;
        }

        var jurisdiction = CustomsOffices.JurisdictionOf(facts.CustomsOfficeCode);
        var today = OfficeDate.At(facts.CustomsOfficeCode, now);
        foreach (var exempt in verdicts.Where(v => v.Outcome == ScreeningOutcome.ExemptPersonalUse).GroupBy(v => v.RegisterEntryId!.Value))
        {
            await outbox.EnqueueAsync(connection, transaction, new GoodsExempted
            {
                DeclarationId = declarationId,
                ItemNumbers = [.. exempt.Select(v => v.ItemNumber)],
                RegisterEntryId = exempt.Key,
                ExemptedOn = today,
                LegalBasis = "Customs Code Art. 400",
            }, null, correlationId, ct);
        }

        var terms = SuspensionTerms.For(jurisdiction, today);
        foreach (var match in verdicts.Where(v => v.Outcome is ScreeningOutcome.Suspended or ScreeningOutcome.Held).GroupBy(v => v.RegisterEntryId!.Value))
        {
            var entry = await entries.GetAsync(connection, transaction, match.Key, forUpdate: false, ct)
                ?? throw new InvalidOperationException($"Register entry {match.Key} vanished during screening.");
            var id = Guid.CreateVersion7(now);
            int[] numbers = [.. match.Select(v => v.ItemNumber)];
            var context = new SuspensionContext(
                facts.RegistrationNumber, facts.CustomsOfficeCode, calendars.For(jurisdiction).Jurisdiction, entry.ApplicantCapacity,
                entry.RightHolder, new PartyDetails(facts.DeclarantName, facts.DeclarantAddress), entry.Applicant);
            var suspension = terms.NeedsHeadDecision
                ? Suspension.Hold(id, declarationId, entry.Id, numbers, context, today, calendars.For(jurisdiction))
                : Suspension.Suspend(id, declarationId, entry.Id, numbers, context, today, terms.InitialWorkingDays, calendars.For(jurisdiction));
            if (!await suspensions.InsertAsync(connection, transaction, suspension, now, ct))
            {
                continue;
            }

            if (suspension.Status == SuspensionStatus.Active)
            {
                // GAC Art. 21: suspended at once, so the parties are notified now; a Russian hold waits for the decision.
                await notices.WriteAsync(connection, transaction, suspension, terms.LegalBasis, ct);
            }

            foreach (var number in suspension.ItemNumbers)
            {
                suspended[number] = new(suspension.Id, suspension.Status == SuspensionStatus.Held);
            }

            await outbox.EnqueueAsync(connection, transaction, SuspensionEvents.Suspended(
                suspension, terms.NeedsHeadDecision ? SuspensionEvents.HoldLegalBasis : terms.LegalBasis), null, correlationId, ct);
        }

        return suspended;
    }
}
