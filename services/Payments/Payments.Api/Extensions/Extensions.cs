using Customs.BuildingBlocks.Calendar;
using Customs.BuildingBlocks.Caching;
using Customs.BuildingBlocks.Data;
using Customs.BuildingBlocks.Data.Migrations;
using Customs.BuildingBlocks.Messaging;
using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Caching;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Data.ReferenceData;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Collection;
using Customs.Payments.Api.Domain.Deferrals;
using Customs.Payments.Api.Domain.Demands;
using Customs.Payments.Api.Domain.Interest;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Refunds;
using Customs.Payments.Contracts;
using Customs.Payments.Api.Messaging;
using Dapper;
using MassTransit;

namespace Customs.Payments.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.AddServiceDataSource("payments-db");
        builder.AddMigrations(typeof(Program).Assembly);
        builder.AddMessaging("payments", bus =>
        {
            // Assessment driven by the Declarations service's events (inbox: each message once).
            bus.AddConsumer<DeclarationRegisteredConsumer, IdempotentConsumerDefinition<DeclarationRegisteredConsumer>>();
            bus.AddConsumer<QuantityEstablishedConsumer, IdempotentConsumerDefinition<QuantityEstablishedConsumer>>();
            bus.AddConsumer<CustomsValueEstablishedConsumer, IdempotentConsumerDefinition<CustomsValueEstablishedConsumer>>();
        }, typeof(AssessmentMade).Assembly);
        // The register of banks, credit and insurance organisations is read through Redis.
        builder.AddRedisConnection("redis");

        var services = builder.Services;
        // Reference data is small and versioned: loaded once, held in memory; an overlap stops the start. Values of acts
        // published after the build come from files in Payments:ReferenceDataDirectory (README, "Reference data").
        services.AddSingleton(ReferenceDataLoader.Load(builder.Configuration["Payments:ReferenceDataDirectory"]));
        services.AddSingleton<CommercialRules>();
        services.AddSingleton<PassengerRules>();
        services.AddSingleton<PersonalExportRules>();
        services.AddSingleton<PostalRules>();
        services.AddSingleton<Assessor>();
        services.AddSingleton<PenaltyCalculator>();
        services.AddSingleton<ExchangeRateStore>();
        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<PostalWeekStore>();
        services.AddSingleton<ExchangeRateImport>();
        services.AddSingleton<ReleaseStandingStore>();
        services.AddSingleton<UnassessedStore>();
        services.AddSingleton<Assessments>();
        services.AddSingleton<ObligationStore>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AdvanceRates>();
        services.AddSingleton<PaymentBooking>();
        services.AddSingleton<AccountReportStore>();
        services.AddSingleton<AccountReports>();
        services.AddWorkingCalendars();
        services.AddSingleton<DemandRules>();
        services.AddSingleton<DemandStore>();
        services.AddSingleton<Demands>();
        // Art. 323(7): the invoice after release.
        services.AddSingleton<ValueDemandRules>();
        services.AddSingleton<ValueDemandStore>();
        services.AddSingleton<ValueDemands>();
        services.AddSingleton<InterestCalculator>();
        services.AddSingleton<DeferralRules>();
        services.AddSingleton<DeferralStore>();
        services.AddSingleton<Deferrals>();
        services.AddSingleton<CollectionRules>();
        services.AddSingleton<CollectionStore>();
        services.AddSingleton<ProceedsStore>();
        services.AddSingleton<Collections>();
        services.AddSingleton<RefundRules>();
        services.AddSingleton<RefundStore>();
        services.AddSingleton<Refunds>();
        services.AddSingleton<GuarantorStore>();
        services.AddSingleton<GuarantorLookup>();
        services.AddSingleton<GuarantorRegister>();
        services.AddSingleton<SecurityStore>();
        services.AddSingleton<Securities>();
        services.AddSingleton<SecurityWaiverStore>();
        services.AddSingleton<SecurityWaivers>();
        services.AddSingleton<InsuranceRegisterStore>();
        services.AddSingleton<InsuranceRegister>();
        services.AddSingleton<SecurityReleaseStore>();
        services.AddSingleton<SecurityReleases>();
        services.AddSingleton<CashDepositCollectionStore>();
        services.AddSingleton<CashDepositCollections>();
        services.AddSingleton<GuarantorDemandStore>();
        services.AddSingleton<GuaranteeCalls>();
        // After the migrations (registered first): the shipped central bank sample.
        services.AddHostedService<ShippedRatesImport>();
        // Arrears arise the day after an unpaid term (Art. 329), on the services' clock.
        services.AddSingleton<ArrearsStore>();
        services.AddHostedService<ArrearsScheduler>();
        // Demands to guarantors become overdue the day after their term (Art. 350(4)), on the services' clock.
        services.AddHostedService<GuarantorDemandOverdueScheduler>();
    }
}
