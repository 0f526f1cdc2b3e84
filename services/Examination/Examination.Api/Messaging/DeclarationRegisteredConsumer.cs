using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Clock;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Domain.Examinations;
using MassTransit;
using Npgsql;

namespace Customs.Examination.Api.Messaging;

/// <summary>
/// Opens a control case for every registered declaration and queues it for its control decision (Art. 358), in the same
/// transaction as the inbox row: a redelivered event queues nothing twice. The decision is made in a batch after the commit
/// (<see cref="ControlDecisionService"/>), woken by it.
/// </summary>
public sealed class DeclarationRegisteredConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, ControlCaseStore cases, PendingDecisionStore pending, DecisionSignal signal, CaseClosureStore closures, CaseClosures closing,
    WorkingCalendars calendars, ILogger<DeclarationRegisteredConsumer> logger)
    : IdempotentConsumer<DeclarationRegistered>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<DeclarationRegistered> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var declaration = context.Message;
        var facts = DeclarationFactsMapper.ToFacts(declaration);
        // Art. 359(1): the Declarations service counted the term on the office's calendar; counted here only if it did not say.
        var deadline = declaration.ControlDeadline ?? ControlTerm.Count(calendars, facts.OfficeCode, Later(facts.AcceptanceDate, declaration.PresentationDate), ControlTerm.WorkingDays).End;
        // The declaration's lock was taken with the inbox rows (LeadingStatement).
        if (!await cases.OpenAsync(connection, transaction, facts, deadline, Clock.GetUtcNow(), ct))
        {
            return;
        }

        // Art. 356(1): withdrawn or voided before its registration reached this service: nothing is left to decide on.
        if (await closures.GetAsync(connection, transaction, facts.DeclarationId, ct) is { } closure)
        {
            await closing.EndAsync(connection, transaction, (await cases.GetAsync(connection, transaction, facts.DeclarationId, ct))!, closure, Clock.GetStoredNow(), ct);
            return;
        }

        logger.LogInformation("Control case opened for declaration {RegistrationNumber} ({DeclarationId})", declaration.RegistrationNumber, declaration.DeclarationId);
        await pending.QueueAsync(connection, transaction, facts, context.CorrelationId, Clock.GetStoredNow(), ct);
        signal.AfterClose(connection);
    }

    protected override NpgsqlBatchCommand LeadingStatement(IReadOnlyList<DeclarationRegistered> messages) =>
        CaseClosureStore.LockDeclarationsStatement(messages.Select(m => m.DeclarationId));

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } day && day > a ? day : a;
}
