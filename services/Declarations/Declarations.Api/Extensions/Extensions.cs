using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource("declarations-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("declarations", _ => { }, typeof(DeclarationRegistered).Assembly);
    }
}
