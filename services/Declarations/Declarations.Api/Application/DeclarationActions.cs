using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Data;
using Customs.Declarations.Api.Caching;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Application;

/// <summary>Declarants' and officers' actions on a filed declaration, each with its event (the change returns it; the runner writes both).</summary>
public sealed class DeclarationActions(
    DeclarationActionRunner runner, RegistrationNumbers numbers, PersonalUseRules rules, PaymentsReference reference, WorkingCalendar calendar,
    ReleaseConditionStore conditions, TimeProvider clock, ILogger<DeclarationActions> logger)
{
    public Task<Declaration> RegisterAsync(Guid id, int expectedVersion, string officer, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, async (d, c, tx) =>
        {
            var now = clock.GetStoredNow();
            var acceptanceDate = d.OfficeDateAt(now);
            if (d.Status != DeclarationStatus.Filed)
            {
                throw new DeclarationRuleException(DeclarationErrors.NotFiled, $"Cannot register a declaration that is {EnumCodes.Of(d.Status)}.");
            }

            // Arts. 325-326: the rules, allowances and rates in force on the acceptance date apply. Payments not answering
            // fails the registration here, and the transaction (nothing written yet) is rolled back.
            var forDay = PersonalUseRules.NeedsReference(d.Content)
                ? await reference.ForAsync(acceptanceDate, rules.CurrenciesNeeded(d.Content, acceptanceDate), PersonalUseRules.IsPersonalExport(d.Content), ct)
                : null;
            var number = await numbers.NextAsync(d.Content.CustomsOfficeCode, acceptanceDate, ct);
            d.Register(officer, now, number, calendar, rules.Assess(d.Content, acceptanceDate, forDay));
            if (d.ControlDeadlineProvisional)
            {
                logger.LogWarning("Declaration {RegistrationNumber}: the Art. 359 deadline {Deadline} is provisional, counted across a year without its calendar act",
                    d.RegistrationNumber, d.ControlDeadline);
            }

            return DeclarationEvents.Registered(d);
        }, ct);

    public Task<Declaration> WithdrawAsync(Guid id, int expectedVersion, string declarant, string? reason, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, (d, _, _) =>
        {
            var now = clock.GetStoredNow();
            d.Withdraw(declarant, now, reason);
            return Task.FromResult<object>(new DeclarationWithdrawn
            {
                DeclarationId = d.Id, RegistrationNumber = d.RegistrationNumber, WithdrawnAt = now, Reason = reason,
            });
        }, ct, visibleTo: d => d.FiledBy == declarant); // Only the declarant who filed it may withdraw it; to others it does not exist.

    public Task<Declaration> VoidAsync(Guid id, int expectedVersion, string officer, string reason, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, (d, _, _) =>
        {
            var now = clock.GetStoredNow();
            d.MarkVoid(officer, now, reason);
            return Task.FromResult<object>(new DeclarationVoided
            {
                DeclarationId = d.Id, RegistrationNumber = d.RegistrationNumber, VoidedAt = now, OfficerId = officer, Reason = reason,
            });
        }, ct);

    public Task<Declaration> ReleaseAsync(
        Guid id, int expectedVersion, string officer, IReadOnlyList<PresentedDocument> presented, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, (d, _, _) =>
        {
            var now = clock.GetStoredNow();
            d.Release(officer, now, presented);
            return Task.FromResult<object>(DeclarationEvents.Released(d, now, officer));
        }, ct);

    public Task<Declaration> RefuseReleaseAsync(Guid id, int expectedVersion, string officer, string reason, string legalBasis, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, (d, _, _) =>
        {
            var now = clock.GetStoredNow();
            d.RefuseRelease(officer, now, reason, legalBasis);
            return Task.FromResult<object>(DeclarationEvents.Refused(d, now, reason, legalBasis));
        }, ct);

    /// <summary>
    /// Art. 359(2): an officer extends the term of the goods inspection; the new last day is in the history, and the Examination
    /// service moves the open examination's term by the same days (ControlTermExtended, one term in both).
    /// </summary>
    public Task<Declaration> ExtendControlTermAsync(
        Guid id, int expectedVersion, string officer, ControlTermExtensionGround ground, int workingDays, string circumstances, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, (d, _, _) =>
        {
            var now = clock.GetStoredNow();
            var extension = d.ExtendControlTerm(Guid.CreateVersion7(now), officer, now, d.OfficeDateAt(now), ground, workingDays, circumstances, calendar);
            return Task.FromResult<object>(new ControlTermExtended
            {
                ExtensionId = extension.Id!.Value, DeclarationId = d.Id, RegistrationNumber = d.RegistrationNumber!, Ground = EnumCodes.Of(ground),
                WorkingDays = workingDays, Circumstances = circumstances, DueOn = extension.ExtendedUntil, OfficerId = officer, ExtendedAt = now,
            });
        }, ct);

    public Task<Declaration> EstablishQuantityAsync(
        Guid id, int expectedVersion, string officer, int itemNumber, decimal quantity, ControlForm form, CancellationToken ct) =>
        runner.RunAsync(id, expectedVersion, async (d, c, tx) =>
        {
            var established = d.EstablishQuantity(officer, clock.GetStoredNow(), itemNumber, quantity, form);
            await conditions.CountFactAnnouncedAsync(c, tx, d.Id, ct);
            return DeclarationEvents.QuantityEstablished(d, established);
        }, ct);
}
