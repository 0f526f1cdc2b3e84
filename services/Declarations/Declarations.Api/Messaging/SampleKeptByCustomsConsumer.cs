using Customs.Declarations.Api.Application;
using Customs.BuildingBlocks.Messaging.Outbox;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.Examination.Contracts;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>A sample the Examination service kept (Art. 383(4)) reduces its item's customs value, once per analysis and sample.</summary>
public sealed class SampleKeptByCustomsConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, IOutbox outbox, AutomaticRelease release, ILogger<SampleKeptByCustomsConsumer> logger)
    : CustomsValueEventConsumer<SampleKeptByCustoms>(dataSource, clock, repository, outbox, release, logger)
{
    protected override Guid DeclarationIdOf(SampleKeptByCustoms message) => message.DeclarationId;

    protected override int ItemNumberOf(SampleKeptByCustoms message) => message.ItemNumber;

    protected override bool Apply(Declaration declaration, SampleKeptByCustoms m, DateTimeOffset now) =>
        declaration.KeepSample(new KeptSample(m.AnalysisId, m.SampleNumber, m.ItemNumber, m.CustomsValueRub, m.OfficerId, now));
}
