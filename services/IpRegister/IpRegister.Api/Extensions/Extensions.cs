using Customs.BuildingBlocks.Caching;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource("ipregister-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("ipregister", _ => { }, typeof(ScreeningCompleted).Assembly);
        // Register lookups (IP objects, authorised importers) are served from Redis.
        builder.AddRedisConnection("redis");
    }
}
