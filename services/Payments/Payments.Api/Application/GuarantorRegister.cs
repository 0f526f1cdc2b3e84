using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Payments.Api.Caching;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.Payments.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.Payments.Api.Application;

/// <summary>
/// The register of banks, credit organisations and insurers (Arts. 342-344): applications booked once per applicant's
/// reference, decisions with every term by article, exclusions; each change and its event commit together, and the
/// lookups' cache moves to a new version before the change is answered.
/// </summary>
public sealed class GuarantorRegister(
    NpgsqlDataSource db, GuarantorStore store, GuarantorDemandStore demands, GuarantorLookup lookup, IOutbox outbox, TimeProvider clock)
{
    public async Task<(StoredRegisterApplication Application, bool Created)> SubmitAsync(RegisterApplication application, string submittedBy, CancellationToken ct)
    {
        if (application.SubmittedOn > clock.MoscowToday())
        {
            throw new RequestValidationException([new("submitted_on", "cannot be later than today (Moscow)")]);
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await store.ApplicationByReferenceAsync(connection, transaction, application.TaxpayerNumber, application.Reference, ct) is { } booked)
        {
            return Repeated(booked, application);
        }

        RegisterRules.EnsureDocuments(application.Kind, application.Documents);
        var latest = await store.LockLatestEntryAsync(connection, transaction, application.TaxpayerNumber, ct);
        RegisterRules.EnsureReentryAllowed(latest?.Period, application.SubmittedOn);
        if (await store.HasPendingApplicationAsync(connection, transaction, application.TaxpayerNumber, ct))
        {
            throw new AlreadyExistsException(PaymentErrors.ApplicationPending, "The organisation has an application under consideration already.");
        }

        var id = Guid.CreateVersion7(clock.GetUtcNow());
        try
        {
            if (!await store.TryInsertApplicationAsync(connection, transaction, id, application, submittedBy, clock.GetStoredNow(), ct))
            {
                // A concurrent call booked the reference first (the insert waited for its commit): answered as the repeat it is.
                return Repeated((await store.ApplicationByReferenceAsync(connection, transaction, application.TaxpayerNumber, application.Reference, ct))!, application);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another application of the organisation was booked alongside this one (one under consideration at a time).
            throw new AlreadyExistsException(PaymentErrors.ApplicationPending, "The organisation has an application under consideration already.");
        }

        await transaction.CommitAsync(ct);
        return (new StoredRegisterApplication(id, application, null, null), true);
    }

    public async Task<StoredRegisterApplication> DecideAsync(Guid id, DateOnly decidedOn, GuarantorLimits? limits, string decidedBy, CancellationToken ct)
    {
        if (decidedOn > clock.MoscowToday())
        {
            throw new RequestValidationException([new("decided_on", "cannot be later than today (Moscow)")]);
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await store.LockApplicationAsync(connection, transaction, id, ct) ?? throw NoApplication(id);
        if (stored.Decision is { } decided)
        {
            // The same decision sent again is answered, not taken twice.
            return decided.DecidedOn == decidedOn
                ? stored
                : throw new RuleViolationException(PaymentErrors.ApplicationDecided, $"The application was decided on {decided.DecidedOn:yyyy-MM-dd}.", "Art. 343(7)");
        }

        var a = stored.Application;
        if (decidedOn < a.SubmittedOn)
        {
            throw new RequestValidationException([new("decided_on", "cannot be before the application was submitted")]);
        }

        var decision = RegisterRules.Decide(a.Kind, a.Facts, a.SubmittedOn, decidedOn);
        if (decision.Entered && limits is null)
        {
            throw new RequestValidationException([new("limits", "are required to enter the organisation: the limits of Art. 342(4)")]);
        }

        var now = clock.GetStoredNow();
        await store.DecideApplicationAsync(connection, transaction, id, decision, decidedBy, now, ct);
        if (decision.EnteredFrom is { } from)
        {
            // A renewed entry (344(1): the application for re-entry) closes the stay still open on the day it starts.
            if (await store.LockLatestEntryAsync(connection, transaction, a.TaxpayerNumber, ct) is { Period.ExcludedFrom: null } open)
            {
                await store.CloseEntryAsync(connection, transaction, open.Id, from, ExclusionGround.Unspecified, "renewed", decidedBy, now, ct);
            }

            await store.InsertEntryAsync(connection, transaction,
                new RegisterEntry(Guid.CreateVersion7(clock.GetUtcNow()), a.TaxpayerNumber, a.Name, a.Kind, id, new RegisterPeriod(from, null),
                    ExclusionGround.Unspecified, limits!), ct);
            await outbox.EnqueueAsync(connection, transaction, new GuarantorEntered
            {
                TaxpayerNumber = a.TaxpayerNumber, Name = a.Name, Kind = EnumCodes.Of(a.Kind), ApplicationId = id, DecidedOn = decidedOn, EnteredFrom = from,
                MinPerGuaranteeRub = limits!.MinPerGuaranteeRub, MaxPerGuaranteeRub = limits.MaxPerGuaranteeRub, MaxConcurrentRub = limits.MaxConcurrentRub,
            }, cancellationToken: ct);
        }

        await transaction.CommitAsync(ct);
        await lookup.ChangedAsync();
        return stored with { Decision = decision, Limits = decision.Entered ? limits : null };
    }

    public async Task<StoredRegisterApplication> GetAsync(Guid id, CancellationToken ct) => await store.GetApplicationAsync(id, ct) ?? throw NoApplication(id);

    public async Task<RegisterEntry> ExcludeAsync(string taxpayerNumber, ExclusionGround ground, DateOnly excludedFrom, string reason, string by, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var latest = await store.LockLatestEntryAsync(connection, transaction, taxpayerNumber, ct);
        if (latest is not { Period.ExcludedFrom: null })
        {
            throw new NotFoundException(PaymentErrors.NotInRegister, $"{taxpayerNumber} is not in the register.");
        }

        if (ground == ExclusionGround.GuaranteeObligationBreached)
        {
            // Art. 344(1): "breach of the obligations as per a bank guarantee" must be on record: a demand not met in its term.
            RegisterRules.EnsureBreachOnRecord(await demands.DueBeforeAsync(connection, transaction, taxpayerNumber, excludedFrom, ct), excludedFrom);
        }

        var reapplied = await store.ReappliedSinceAsync(connection, transaction, taxpayerNumber, latest.Period.EnteredFrom, ct);
        var period = RegisterRules.Exclude(latest.Period, ground, excludedFrom, reapplied);
        await store.CloseEntryAsync(connection, transaction, latest.Id, excludedFrom, ground, reason, by, clock.GetStoredNow(), ct);
        await outbox.EnqueueAsync(connection, transaction, new GuarantorExcluded
        {
            TaxpayerNumber = taxpayerNumber, Ground = EnumCodes.Of(ground), Reason = reason, ExcludedFrom = excludedFrom,
            ReentryFrom = RegisterRules.ReentryFrom(excludedFrom),
        }, cancellationToken: ct);
        await transaction.CommitAsync(ct);
        await lookup.ChangedAsync();
        return latest with { Period = period, ExclusionGround = ground };
    }

    public Task<IReadOnlyList<RegisterEntry>> ListAsync(DateOnly? on, string after, int limit, CancellationToken ct) =>
        store.ListOnAsync(on ?? clock.MoscowToday(), after, limit, ct);

    public Task<GuarantorStanding> LookUpAsync(string taxpayerNumber, DateOnly? on, CancellationToken ct) =>
        lookup.StandingAsync(taxpayerNumber, on ?? clock.MoscowToday(), ct);

    private static (StoredRegisterApplication, bool) Repeated(StoredRegisterApplication booked, RegisterApplication asked) => booked.Application.SameContent(asked)
        ? (booked, false)
        : throw new AlreadyExistsException(PaymentErrors.RequestReferenceReused, "This application_reference is booked already with other content.");

    private static NotFoundException NoApplication(Guid id) => new(PaymentErrors.ApplicationNotFound, $"No application for the register {id}.");
}
