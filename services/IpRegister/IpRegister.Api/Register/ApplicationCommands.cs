using Customs.IpRegister.Api.Domain;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Applications;
using Customs.IpRegister.Api.Domain.Entries;
using Customs.IpRegister.Api.Domain.Notices;
using Customs.IpRegister.Api.Domain.Screening;
using Customs.IpRegister.Contracts;
using Customs.ServiceDefaults;
using Npgsql;

namespace Customs.IpRegister.Api.Register;

/// <summary>Applications (Art. 394) and their decision, which enters the object in the register (Arts. 395-396).</summary>
public sealed class ApplicationCommands(
    NpgsqlDataSource dataSource, ApplicationRepository applications, EntryRepository entries, IOutbox outbox,
    RegisterCache cache, TimeProvider clock, ILogger<ApplicationCommands> logger)
{
    public async Task<(Guid Id, DateOnly DecideBy)> SubmitAsync(RegisterApplication application, CancellationToken ct)
    {
        RequestValidationException.ThrowIfAny([.. ApplicationValidator.Validate(application)]);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var decideBy = ApplicationDeadlines.DecideBy(application.SubmittedOn);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await applications.InsertAsync(connection, transaction, id, application, decideBy, clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return (id, decideBy);
    }

    /// <summary>Art. 394(5): approve, or refuse only for false information or missing security.</summary>
    public async Task<ApplicationDecision> DecideAsync(Guid applicationId, bool approve, RefusalReason refusal, string decidedBy, CancellationToken ct)
    {
        if (!approve && refusal == RefusalReason.Unspecified)
        {
            throw new RequestValidationException([new("refusal_reason", "A refusal must give its ground: false information or missing security (Art. 394(5)).")]);
        }

        var now = clock.GetUtcNow();
        var today = OfficeDate.OfRegister(now); // Art. 394: the Russian customs register, on Moscow dates
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var application = await LockUndecidedAsync(connection, transaction, applicationId, ct);

        var decidedLate = application.Consideration.IsLate(today);
        Guid? entryId = null;
        DateOnly? validUntil = null;
        if (approve)
        {
            var entry = await entries.InsertAsync(connection, transaction, ToEntry(application, today, now), ct);
            entryId = entry.Id;
            validUntil = entry.ValidUntil;
            await outbox.EnqueueAsync(connection, transaction, new RegisterEntryAdded
            {
                RegisterEntryId = entry.Id,
                EntryNumber = entry.EntryNumber,
                ObjectKind = EnumCodes.Of(entry.Object.Kind),
                ObjectName = entry.Object.Name,
                RegistrationNumber = entry.Object.RegistrationNumber,
                RightHolderName = entry.RightHolder.Name,
                ApplicantName = entry.Applicant.Name,
                ApplicantCapacity = EnumCodes.Of(entry.ApplicantCapacity),
                TariffCodes = entry.TariffCodes,
                BrandSpellings = entry.BrandSpellings,
                EnteredOn = entry.EnteredOn,
                ValidUntil = entry.ValidUntil,
            }, cancellationToken: ct);
        }

        await applications.MarkDecidedAsync(connection, transaction, applicationId, approve ? "approved" : "refused",
            approve ? null : EnumCodes.Of(refusal), today, decidedBy, entryId, decidedLate, ct);
        await transaction.CommitAsync(ct);
        if (decidedLate)
        {
            logger.LogWarning("Application {ApplicationId} decided on {DecidedOn:yyyy-MM-dd}, after its day {DecideBy:yyyy-MM-dd} (Art. 394(5))",
                applicationId, today, application.DecideBy);
        }

        if (approve)
        {
            await cache.RegisterChangedAsync();
        }

        return new ApplicationDecision(entryId, validUntil, ApplicationDeadlines.NotifyApplicantBy(today), application.DecideBy, decidedLate);
    }

    /// <summary>Art. 394(5): the consideration extended, before its day, to at most two months from submission.</summary>
    public async Task<ApplicationConsideration> ExtendConsiderationAsync(Guid applicationId, DateOnly decideBy, string reason, string extendedBy, CancellationToken ct)
    {
        var today = OfficeDate.RegisterToday(clock); // Art. 394: the Russian customs register, on Moscow dates
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var application = await LockUndecidedAsync(connection, transaction, applicationId, ct);

        var extended = application.Consideration.ExtendedTo(decideBy, today);
        await applications.ExtendConsiderationAsync(connection, transaction, extended, today, extendedBy, reason, ct);
        await transaction.CommitAsync(ct);
        return extended;
    }

    private static RegisterEntry ToEntry(ApplicationRow a, DateOnly today, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ApplicationId = a.Id,
        Object = new IpObject(EnumCodes.Parse<IpObjectKind>(a.ObjectKind), a.ObjectName, a.RegistrationNumber, a.ObjectClasses, a.ProtectionEndsOn),
        RightHolder = new PartyDetails(a.RightHolderName, a.RightHolderAddress),
        Applicant = new PartyDetails(a.ApplicantName, a.ApplicantAddress),
        ApplicantCapacity = EnumCodes.Parse<ApplicantCapacity>(a.ApplicantCapacity),
        TariffCodes = [.. a.TariffCodes.Select(TariffCode.Normalise)],
        BrandSpellings = a.BrandSpellings,
        NormalisedBrands = [.. a.BrandSpellings.Select(BrandNormaliser.Normalise).Distinct()],
        EnteredOn = today,
        ValidUntil = EntryTerm.Until(today, a.RequestedUntil, a.ProtectionEndsOn),
        Security = new Security(
            EnumCodes.Parse<SecurityKind>(a.SecurityKind), new Money(a.SecurityAmount, a.SecurityCurrency), a.SecurityReference, a.SecurityValidUntil),
        ChangedAt = now,
    };

    /// <summary>The application, locked; only one not decided yet may be decided or have its consideration extended (Art. 394(5)).</summary>
    private async Task<ApplicationRow> LockUndecidedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, CancellationToken ct)
    {
        var application = await applications.GetForUpdateAsync(connection, transaction, applicationId, ct)
            ?? throw new NotFoundException(RegisterErrors.ApplicationNotFound, $"Application {applicationId} was not found.");
        return application.Status == "submitted"
            ? application
            : throw new RuleViolationException(RegisterErrors.ApplicationAlreadyDecided, $"Application {applicationId} is already {application.Status}.", "Customs Code Art. 394(5)");
    }
}
