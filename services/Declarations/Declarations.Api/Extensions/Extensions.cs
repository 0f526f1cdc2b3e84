using Customs.BuildingBlocks.Caching;
using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Caching;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Data.ReferenceData;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Api.Grpc;
using Customs.Declarations.Api.Messaging;
using Customs.Declarations.Contracts;
using Customs.Payments.V1;
using Customs.ServiceDefaults.Authentication;
using MassTransit;

namespace Customs.Declarations.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDataSource("declarations-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("declarations", bus =>
        {
            bus.AddConsumer<ReleaseSuspendedConsumer, IdempotentConsumerDefinition<ReleaseSuspendedConsumer>>();
            bus.AddConsumer<ReleaseSuspensionExtendedConsumer, IdempotentConsumerDefinition<ReleaseSuspensionExtendedConsumer>>();
            bus.AddConsumer<ReleaseSuspensionLiftedConsumer, IdempotentConsumerDefinition<ReleaseSuspensionLiftedConsumer>>();
            bus.AddConsumer<ReleaseSuspensionTermChangedConsumer, IdempotentConsumerDefinition<ReleaseSuspensionTermChangedConsumer>>();
            bus.AddConsumer<GoodsSeizedConsumer, IdempotentConsumerDefinition<GoodsSeizedConsumer>>();
            bus.AddConsumer<ScreeningCompletedConsumer, IdempotentConsumerDefinition<ScreeningCompletedConsumer>>();
            bus.AddConsumer<ExaminationQuantityEstablishedConsumer, IdempotentConsumerDefinition<ExaminationQuantityEstablishedConsumer>>();
            bus.AddConsumer<ExaminationValueEstablishedConsumer, IdempotentConsumerDefinition<ExaminationValueEstablishedConsumer>>();
            bus.AddConsumer<SampleKeptByCustomsConsumer, IdempotentConsumerDefinition<SampleKeptByCustomsConsumer>>();
            bus.AddConsumer<ExaminationTermExtendedConsumer, IdempotentConsumerDefinition<ExaminationTermExtendedConsumer>>();
            bus.AddConsumer<ControlDecidedConsumer, IdempotentConsumerDefinition<ControlDecidedConsumer>>();
            bus.AddConsumer<ExaminationCompletedConsumer, IdempotentConsumerDefinition<ExaminationCompletedConsumer>>();
            bus.AddConsumer<PaymentsStandingChangedConsumer, IdempotentConsumerDefinition<PaymentsStandingChangedConsumer>>();
        }, typeof(DeclarationRegistered).Assembly);

        var services = builder.Services;

        // Reference data: the memo's effective-dated declaration rules, the working-day calendar. The central bank's rates
        // and the memo's allowances are the Payments service's: asked of it with the service's own token, cached in Redis.
        services.AddSingleton(ReferenceDataLoader.LoadThresholds());
        builder.AddRedisConnection("redis");
        services.AddGrpcClient<PaymentsService.PaymentsServiceClient>(o => o.Address = new("http://_grpc.payments")).AddServiceToken();
        services.AddSingleton<PaymentsReference>();
        // Every office of the service is a Russian one (Moscow time, OfficeTime), so it counts by the Russian calendar.
        services.AddWorkingCalendars();
        services.AddSingleton(sp => sp.GetRequiredService<WorkingCalendars>().Russia);
        services.AddSingleton<PersonalUseRules>();

        services.AddSingleton<DeclarationRepository>();
        services.AddSingleton<DeclarationSearch>();
        services.AddSingleton<FilingRequestStore>();
        services.AddSingleton<RegistrationNumbers>();
        services.AddSingleton<ReleaseSuspensionStore>();
        services.AddSingleton<ReleaseConditionStore>();
        services.AddSingleton<AutomaticRelease>();
        services.AddSingleton<DeclarationActionRunner>();
        services.AddSingleton<DeclarationActions>();
        services.AddSingleton<DeclarationFiling>();
        // A year's calendar act loaded: the provisional Art. 359 deadlines are counted again at start-up.
        services.AddProvisionalTerms<ProvisionalControlDeadlines>();
    }
}
