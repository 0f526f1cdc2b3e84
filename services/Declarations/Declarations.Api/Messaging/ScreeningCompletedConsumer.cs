using Customs.BuildingBlocks.Messaging.Inbox;
using Customs.Declarations.Api.Application;
using Customs.Declarations.Api.Data;
using Customs.Declarations.Api.Domain;
using Customs.IpRegister.Contracts;
using MassTransit;
using Npgsql;

namespace Customs.Declarations.Api.Messaging;

/// <summary>
/// The IP register screened every item: the outcome goes into the history, so an officer sees that goods for personal
/// use were exempt (Art. 400) or that the goods are clear. A suspension itself arrives as ReleaseSuspended.
/// </summary>
public sealed class ScreeningCompletedConsumer(
    NpgsqlDataSource dataSource, TimeProvider clock, DeclarationRepository repository, ILogger<ScreeningCompletedConsumer> logger)
    : IdempotentConsumer<ScreeningCompleted>(dataSource, clock, logger)
{
    protected override async Task HandleAsync(
        ConsumeContext<ScreeningCompleted> context, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var items = context.Message.Items.OrderBy(i => i.ItemNumber).ToList();
        var basis = items.Any(i => i.Outcome == ScreeningOutcome.ExemptPersonalUse) ? LegalBasis.IpExemptPersonalUse : LegalBasis.IpScreened;
        var note = "IP screening: " + string.Join(", ", items.Select(i => $"item {i.ItemNumber} {Describe(i.Outcome)}"));
        await IpEventApplier.ApplyAsync(connection, transaction, repository, context.Message.DeclarationId, logger, d =>
        {
            d.RecordFinding("ipregister", Clock.GetStoredNow(), basis, note);
            return true;
        }, ct);
    }

    private static string Describe(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.Clear => "clear",
        ScreeningOutcome.AuthorisedImporter => "declared by an authorised importer",
        ScreeningOutcome.ExemptPersonalUse => "exempt as goods for personal use (Art. 400)",
        ScreeningOutcome.Suspended => "signs of infringement, release suspended (Art. 397)",
        _ => outcome.ToString(),
    };
}
