using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Contracts;
using Dapper;
using MassTransit;
using Npgsql;

namespace Customs.Examination.Api.ControlCases;

/// <summary>
/// Opens a control case for every registered declaration: it waits for the risk assessment that chooses the forms
/// of customs control (Arts. 366–367) before the declaration can be released.
/// </summary>
public sealed class DeclarationRegisteredConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, ILogger<DeclarationRegisteredConsumer> logger)
    : IdempotentConsumer<DeclarationRegistered>(dataSource, clock, logger)
{
    public const string AwaitingRiskAssessment = "awaiting_risk_assessment";

    protected override async Task HandleAsync(
        ConsumeContext<DeclarationRegistered> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var declaration = context.Message;
        const string sql = """
            insert into control_cases (declaration_id, registration_number, customs_office_code, declaration_kind,
                                       goods_item_count, status, opened_at)
            values (@DeclarationId, @RegistrationNumber, @CustomsOfficeCode, @Kind, @ItemCount, @Status, @OpenedAt)
            on conflict (declaration_id) do nothing
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            declaration.DeclarationId,
            declaration.RegistrationNumber,
            declaration.CustomsOfficeCode,
            Kind = declaration.Kind.ToString(),
            ItemCount = declaration.Items.Count,
            Status = AwaitingRiskAssessment,
            OpenedAt = Clock.GetUtcNow(),
        }, transaction, cancellationToken: cancellationToken));
        logger.LogInformation("Control case opened for declaration {RegistrationNumber} ({DeclarationId})",
            declaration.RegistrationNumber, declaration.DeclarationId);
    }
}
