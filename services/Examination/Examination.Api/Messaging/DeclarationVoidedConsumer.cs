using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Domain.Closures;
using MassTransit;
using Npgsql;

namespace Customs.Examination.Api.Messaging;

/// <summary>Art. 356(1)[1]: customs regarded the declaration as void; its control ends (once per message, and once per declaration).</summary>
public sealed class DeclarationVoidedConsumer(NpgsqlDataSource dataSource, TimeProvider clock, CaseClosures closures, ILogger<DeclarationVoidedConsumer> logger)
    : IdempotentConsumer<DeclarationVoided>(dataSource, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<DeclarationVoided> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        return closures.CloseAsync(connection, transaction, new CaseClosure(m.DeclarationId, ClosureGround.Voided, m.Reason, m.OfficerId, m.VoidedAt), ct);
    }
}
