using Customs.Declarations.Contracts;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Assessment;
using Npgsql;

namespace Customs.Payments.Api.Messaging;

/// <summary>Customs established another quantity of a goods item (Arts. 371(3), 372(5)): the declaration is reassessed with it.</summary>
public sealed class QuantityEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, AssessmentStore store, UnassessedStore unassessed, Assessments assessments,
    ReleaseStandingStore standings, ILogger<QuantityEstablishedConsumer> logger)
    : ReassessingConsumer<QuantityEstablished>(dataSource, clock, store, unassessed, assessments, standings, logger)
{
    protected override Guid DeclarationIdOf(QuantityEstablished message) => message.DeclarationId;

    protected override int ItemNumberOf(QuantityEstablished message) => message.ItemNumber;

    protected override (ItemToAssess Item, string Reason)? Establish(QuantityEstablished message, ItemToAssess assessed)
    {
        if (assessed.Quantity == message.EstablishedQuantity)
        {
            return null;
        }

        // The quantity is what customs established; a volume in litres is the quantity (RegisteredDeclaration.ToItem).
        var established = assessed with
        {
            Quantity = message.EstablishedQuantity,
            AlcoholLitres = message.Unit == "l" ? message.EstablishedQuantity : assessed.AlcoholLitres,
        };
        return (established, $"{message.LegalBasis}: item {message.ItemNumber}, declared {message.DeclaredQuantity} {message.Unit}, "
            + $"established {message.EstablishedQuantity} {message.Unit}");
    }
}
