using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Examination.Api.Application;
using Customs.Examination.Api.Data;
using Customs.Examination.Api.Messaging;
using Customs.Examination.Contracts;
using Dapper;
using MassTransit;

namespace Customs.Examination.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.AddServiceDataSource("examination-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("examination",
            bus =>
            {
                bus.AddConsumer<DeclarationRegisteredConsumer, IdempotentConsumerDefinition<DeclarationRegisteredConsumer>>();
                bus.AddConsumer<ControlTermExtendedConsumer, IdempotentConsumerDefinition<ControlTermExtendedConsumer>>();
                bus.AddConsumer<DeclarationWithdrawnConsumer, IdempotentConsumerDefinition<DeclarationWithdrawnConsumer>>();
                bus.AddConsumer<DeclarationVoidedConsumer, IdempotentConsumerDefinition<DeclarationVoidedConsumer>>();
            },
            typeof(ControlDecided).Assembly);

        var services = builder.Services;
        // Terms of Art. 359 on the calendar of the office's jurisdiction.
        services.AddWorkingCalendars();
        services.AddSingleton<ControlCaseStore>();
        services.AddSingleton<RiskProfileStore>();
        services.AddSingleton<SelectionStore>();
        services.AddSingleton<ControlDecisionStore>();
        services.AddSingleton<ExaminationStore>();
        services.AddSingleton<TermExtensionStore>();
        services.AddSingleton<PendingDecisionStore>();
        services.AddSingleton<ControlDecisions>();
        services.AddSingleton<DecisionSignal>();
        services.AddOptions<ControlDecisionOptions>().BindConfiguration("Examination:ControlDecisions");
        services.AddHostedService<ControlDecisionService>();
        services.AddSingleton<RiskProfiles>();
        services.AddSingleton<Selectivity>();
        services.AddSingleton<Examinations>();
        services.AddSingleton<ExpertAnalysisStore>();
        services.AddSingleton<ExpertAnalyses>();
        services.AddSingleton<CustomsValueDecisionStore>();
        services.AddSingleton<CustomsValues>();
        services.AddSingleton<CaseClosureStore>();
        services.AddSingleton<CaseClosures>();
        services.AddSingleton<ControlSampleStore>();
        services.AddSingleton<ControlSamples>();
    }
}
