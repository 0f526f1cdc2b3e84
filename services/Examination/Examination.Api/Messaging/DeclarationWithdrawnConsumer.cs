using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Domain.Closures;
using MassTransit;
using Npgsql;

namespace Customs.Examination.Api.Messaging;

/// <summary>Art. 356(1)[2]: the declarant withdrew the declaration; its control ends (once per message, and once per declaration).</summary>
public sealed class DeclarationWithdrawnConsumer(NpgsqlDataSource dataSource, TimeProvider clock, CaseClosures closures, ILogger<DeclarationWithdrawnConsumer> logger)
    : IdempotentConsumer<DeclarationWithdrawn>(dataSource, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<DeclarationWithdrawn> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var m = context.Message;
        return closures.CloseAsync(connection, transaction, new CaseClosure(m.DeclarationId, ClosureGround.Withdrawn, m.Reason ?? "", null, m.WithdrawnAt), ct);
    }
}
