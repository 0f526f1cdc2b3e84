using Customs.Declarations.Contracts;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Assessment;
using Npgsql;

namespace Customs.Payments.Api.Messaging;

/// <summary>
/// Customs determined a goods item's customs value (Art. 323(7)) or kept samples of it (Art. 383(4)): the declaration is
/// reassessed on the new value, converted at the rate of the acceptance date the first assessment used (Art. 326).
/// </summary>
public sealed class CustomsValueEstablishedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, AssessmentStore store, UnassessedStore unassessed, Assessments assessments,
    ReleaseStandingStore standings, ValueDemands demands, ILogger<CustomsValueEstablishedConsumer> logger)
    : ReassessingConsumer<CustomsValueEstablished>(dataSource, clock, store, unassessed, assessments, standings, logger)
{
    /// <summary>Art. 323(7): determined after release and more is due: the invoice of Art. 350, ten working days to pay without penalty.</summary>
    protected override Task ReassessedAsync(
        CustomsValueEstablished message, NpgsqlConnection connection, NpgsqlTransaction transaction, decimal differenceRub, CancellationToken ct) =>
        message.AfterRelease && differenceRub > 0
            ? demands.IssueInAsync(connection, transaction, message.DeclarationId.ToString(), differenceRub, ct)
            : Task.CompletedTask;

    protected override Guid DeclarationIdOf(CustomsValueEstablished message) => message.DeclarationId;

    protected override int ItemNumberOf(CustomsValueEstablished message) => message.ItemNumber;

    protected override (ItemToAssess Item, string Reason)? Establish(CustomsValueEstablished message, ItemToAssess assessed)
    {
        // The event carries the item's whole state: a value customs determined, else the one assessed (the declared one).
        var established = assessed with
        {
            CustomsValue = message.EstablishedValue ?? assessed.CustomsValue,
            Currency = message.EstablishedCurrency ?? assessed.Currency,
            ValueReductionRub = message.KeptSamplesValueRub,
        };
        if (established == assessed)
        {
            return null;
        }

        var value = message.EstablishedValue is { } v ? $"customs value {v} {message.EstablishedCurrency}" : $"customs value {assessed.CustomsValue} {assessed.Currency}";
        var samples = message.KeptSamplesValueRub > 0 ? $", less {message.KeptSamplesValueRub} RUB of samples kept by customs" : "";
        var released = message.AfterRelease ? " (after release)" : "";
        return (established, $"{message.LegalBasis}: item {message.ItemNumber}, {value}{samples}{released}");
    }
}
