using Customs.Declarations.Api.Data.ReferenceData;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Tests;

/// <summary>Declarations and goods items as the memo's examples need them.</summary>
internal static class Drafts
{
    /// <summary>The IP register found every goods item clear, as its ScreeningCompleted announces it.</summary>
    public static Declaration ScreenedClear(this Declaration declaration, DateTimeOffset at)
    {
        foreach (var item in declaration.Content.Items)
        {
            declaration.RecordIpScreening(new ItemIpScreening(item.Number, IpScreeningOutcome.Clear, null, at));
        }

        return declaration;
    }

    /// <summary>
    /// Examination chose the green lane and Payments says the payments are paid, as their events leave the release
    /// conditions: only the IP register and the permits stand between the goods and their release.
    /// </summary>
    public static Declaration GreenAndPaid(this Declaration declaration) => declaration.With(Paid(), lane: "green");

    public static Declaration With(this Declaration declaration, PaymentsStanding? payments, string? lane = null, int factsAnnounced = 0,
        DateTimeOffset? examinationCompletedAt = null, IReadOnlyList<FoundQuantity>? found = null)
    {
        declaration.UseReleaseInputs(new ReleaseInputs
        {
            ControlLane = lane, ControlDecidedAt = lane is null ? null : declaration.FiledAt, Payments = payments, FactsAnnounced = factsAnnounced,
            ExaminationCompletedAt = examinationCompletedAt, ExaminationId = examinationCompletedAt is null ? null : Guid.Empty,
            ExaminationQuantities = found ?? [],
        });
        return declaration;
    }

    public static PaymentsStanding Paid(int sequence = 1, int factsAccounted = 0) =>
        new(sequence, true, "paid", 0, null, factsAccounted, "Art. 332", "the customs payments are paid", DateTimeOffset.UnixEpoch);

    public static readonly DateOnly Today = new(2026, 3, 2);

    public static readonly DeclarationParty Passenger = new(PartyKind.NaturalPerson, "Ivan Petrov", null, "Moscow, Tverskaya 1", "RU");

    public static readonly DeclarationParty Company = new(PartyKind.LegalPerson, "Sberbank", "7707083893", "Moscow, Vavilova 19", "RU");

    public static MemoRulesForTests Rules() => new();

    public static DeclaredGoodsItem Item(
        string tariffCode = "6203420000", decimal quantity = 1, string unit = "pcs", decimal? grossKg = 1, decimal value = 100,
        string currency = "EUR", IntendedUse use = IntendedUse.Personal, int number = 1, GoodsCategory[]? declared = null,
        GoodsDocumentRef[]? documents = null, decimal? netKg = null) => new()
    {
        Number = number,
        Description = "goods",
        TariffCode = tariffCode,
        OriginCountryCode = "IT",
        Quantity = quantity,
        Unit = unit,
        GrossWeightKg = grossKg,
        NetWeightKg = netKg,
        InvoiceValue = value,
        InvoiceCurrency = currency,
        IntendedUse = use,
        DeclaredCategories = declared ?? [],
        Documents = documents ?? [],
    };

    public static DeclarationDraft Luggage(MovementDirection direction, params DeclaredGoodsItem[] items) =>
        Draft(DeclarationKind.PassengerAccompaniedLuggage, direction, Passenger, items);

    public static DeclarationDraft Draft(DeclarationKind kind, MovementDirection direction, DeclarationParty declarant, params DeclaredGoodsItem[] items) => new()
    {
        Kind = kind,
        Direction = direction,
        CustomsOfficeCode = "10005020",
        Declarant = declarant,
        PresentationDate = Today,
        PresentationPlace = "Sheremetyevo, terminal D",
        Items = [.. items.Select((item, i) => item with { Number = i + 1 })],
    };
}
