using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Examination.Api.ControlCases;
using MassTransit;

namespace Customs.Examination.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDataSource("examination-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("examination",
            bus => bus.AddConsumer<DeclarationRegisteredConsumer, IdempotentConsumerDefinition<DeclarationRegisteredConsumer>>());
    }
}
