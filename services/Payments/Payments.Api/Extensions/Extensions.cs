using Customs.BuildingBlocks.Caching;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;

namespace Customs.Payments.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDataSource("payments-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("payments", _ => { });
        // The register of banks, credit and insurance organisations is read through Redis.
        builder.AddRedisConnection("redis");
    }
}
