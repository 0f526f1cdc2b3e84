using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Caching;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.IpRegister.Api.Caching;
using Customs.IpRegister.Api.Data;
using Customs.IpRegister.Api.Domain.Calendars;
using Customs.IpRegister.Api.Messaging;
using Customs.IpRegister.Api.Register;
using Customs.IpRegister.Api.Screening;
using Customs.IpRegister.Api.Suspensions;
using Customs.IpRegister.Contracts;
using Dapper;
using MassTransit;

namespace Customs.IpRegister.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.AddServiceDataSource("ipregister-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("ipregister",
            bus => bus.AddConsumer<DeclarationRegisteredConsumer, IdempotentConsumerDefinition<DeclarationRegisteredConsumer>>(),
            typeof(ScreeningCompleted).Assembly);
        // Register lookups (IP objects, authorised importers) are served from Redis.
        builder.AddRedisConnection("redis");

        var services = builder.Services;
        services.AddWorkingCalendars();
        services.AddSingleton<JurisdictionCalendars>();
        services.AddSingleton<ApplicationRepository>();
        services.AddSingleton<EntryRepository>();
        services.AddSingleton<ImporterRepository>();
        services.AddSingleton<SuspensionRepository>();
        services.AddSingleton<ScreeningLog>();
        services.AddSingleton<CandidateQuery>();
        services.AddSingleton<RegisterCache>();
        services.AddSingleton<Screener>();
        services.AddSingleton<ScreeningRecorder>();
        services.AddSingleton<DeclarationScreening>();
        services.AddSingleton<ApplicationCommands>();
        services.AddSingleton<EntryCommands>();
        services.AddSingleton<EntryQueries>();
        services.AddSingleton<NoticeRepository>();
        services.AddSingleton<NoticeService>();
        services.AddSingleton<InspectionPermissionRepository>();
        services.AddSingleton<InspectionPermits>();
        services.AddSingleton<SuspensionCommands>();
        services.AddSingleton<GacDetentionRepository>();
        services.AddSingleton<GacDetentionCommands>();
        // A year's calendar act loaded: the provisional suspension terms are counted again at start-up.
        services.AddProvisionalTerms<ProvisionalSuspensionTerms>();
        services.AddHostedService<SuspensionExpiryService>();
        services.AddHostedService<EntryLapseService>();
    }
}
