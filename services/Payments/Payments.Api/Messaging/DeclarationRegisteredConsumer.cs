using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain;
using Customs.Payments.Api.Domain.Payments;
using Customs.ServiceDefaults;
using MassTransit;
using Npgsql;

namespace Customs.Payments.Api.Messaging;

/// <summary>
/// A registered (accepted) declaration is assessed at the rates of its acceptance date (Arts. 325-326), once: the inbox
/// and the assessment commit together, and a declaration an officer assessed already is left as it is. One the loaded
/// reference data cannot assess is recorded with the reason (<see cref="UnassessedStore"/>), not retried blindly.
/// </summary>
public sealed class DeclarationRegisteredConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, Assessments assessments, UnassessedStore unassessed, ILogger<DeclarationRegisteredConsumer> logger)
    : IdempotentConsumer<DeclarationRegistered>(dataSource, clock, logger)
{
    public const string AssessedBy = "payments (DeclarationRegistered)";

    protected override async Task HandleAsync(
        ConsumeContext<DeclarationRegistered> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var message = context.Message;
        if (RegisteredDeclaration.ToAssess(message) is not { } declaration)
        {
            await unassessed.RecordAsync(connection, transaction, message, ReleaseStanding.KindNotAssessed,
                $"A {message.Direction} declaration of kind {message.Kind} is not assessed (only commercial exports have export rates; "
                + "an export of goods for personal use of an individual is assessed as nothing due).", Clock.GetUtcNow(), ct);
            return;
        }

        if (OfficeTimeZones.Default.TryZoneOf(message.CustomsOfficeCode) is null)
        {
            await unassessed.RecordAsync(connection, transaction, message, PaymentErrors.CustomsOfficeUnknown,
                $"Customs office {message.CustomsOfficeCode} is not in the office data: the declaration's days have no date.", Clock.GetUtcNow(), ct);
            return;
        }

        // Art. 318: the Code's customs payments are those of Russia's customs territory; an office of another jurisdiction
        // (the Chinese offices of the GAC procedure) owes none of them here, and the suite holds no other country's tariff.
        if (OfficeTimeZones.Default.TryJurisdictionOf(message.CustomsOfficeCode) is { } jurisdiction && jurisdiction != WorkingCalendars.RussiaCode)
        {
            await unassessed.RecordAsync(connection, transaction, message, ReleaseStanding.JurisdictionNotAssessed,
                $"Customs office {message.CustomsOfficeCode} applies the law of {jurisdiction}: no customs payments of the Customs Code are assessed there.",
                Clock.GetUtcNow(), ct);
            return;
        }

        var presented = message.PresentationDate ?? message.AcceptanceDate;
        await transaction.SaveAsync("assessment", ct);
        try
        {
            var stored = await assessments.AssessInAsync(connection, transaction, declaration, message.CustomsOfficeCode, presented, RegisteredDeclaration.PayerOf(message), AssessedBy, ct);
            if (stored is null)
            {
                logger.LogInformation("Declaration {DeclarationId} was assessed already; its registration changes nothing", declaration.DeclarationId);
            }
        }
        catch (DomainException refused)
        {
            // Missing reference data is not a transient fault: undo what the attempt wrote, keep the reason.
            await transaction.RollbackAsync("assessment", ct);
            logger.LogWarning("Declaration {DeclarationId} could not be assessed: {Reason} {Message}", declaration.DeclarationId, refused.Reason, refused.Message);
            await unassessed.RecordAsync(connection, transaction, message, refused.Reason, refused.Message, Clock.GetUtcNow(), ct);
        }
    }
}
