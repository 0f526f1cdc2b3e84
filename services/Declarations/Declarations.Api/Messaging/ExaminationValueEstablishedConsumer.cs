using Customs.Declarations.Api.Application;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Examination.Contracts;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>A customs value the Examination service determined (Art. 323(7)) is recorded beside the declared one.</summary>
public sealed class ExaminationValueEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, AutomaticRelease release, ILogger<ExaminationValueEstablishedConsumer> logger)
    : CustomsValueEventConsumer<ExaminationValueEstablished>(dataSource, clock, repository, outbox, release, logger)
{
    protected override Guid DeclarationIdOf(ExaminationValueEstablished message) => message.DeclarationId;

    protected override int ItemNumberOf(ExaminationValueEstablished message) => message.ItemNumber;

    protected override bool Apply(Declaration declaration, ExaminationValueEstablished m, DateTimeOffset now)
    {
        declaration.EstablishCustomsValue(m.OfficerId, now, m.ItemNumber, m.CustomsValue, m.Currency, m.ValuationMethod, m.DecisionReference);
        return true;
    }
}
