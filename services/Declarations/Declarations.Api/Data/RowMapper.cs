using Customs.BuildingBlocks.Data;
using System.Text.Json;
using Customs.Declarations.Api.Data.Rows;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;
using Customs.Declarations.Contracts;

namespace Customs.Declarations.Api.Data;

/// <summary>Rows to the domain and back.</summary>
internal static class RowMapper
{
    public static Declaration ToDomain(
        DeclarationRow row, IEnumerable<GoodsItemRow> items, IEnumerable<HistoryRow> history, IEnumerable<SuspensionRow> suspensions,
        IEnumerable<IpScreeningRow> screenings, ReleaseInputs releaseInputs)
    {
        var content = DeclarationContent.Deserialize(row.Content);
        var itemRows = items.OrderBy(i => i.ItemNumber).ToList();
        var draft = new DeclarationDraft
        {
            Kind = EnumCodes.Parse<DeclarationKind>(row.Kind),
            Direction = EnumCodes.Parse<MovementDirection>(row.Direction),
            CustomsOfficeCode = row.CustomsOfficeCode,
            Declarant = content.Declarant,
            Principal = content.Principal,
            Recipient = content.Recipient,
            PresentationDate = content.PresentationDate,
            PresentationPlace = content.PresentationPlace,
            DispatchCountryCode = content.DispatchCountryCode,
            Passenger = content.Passenger,
            Items = [.. itemRows.Select(ToItem)],
        };
        return Declaration.Restore(new StoredDeclarationState
        {
            Id = row.Id,
            Content = draft,
            FiledBy = row.FiledBy,
            FiledAt = Utc(row.FiledAt),
            Status = EnumCodes.Parse<DeclarationStatus>(row.Status),
            Version = row.Version,
            RegistrationNumber = row.RegistrationNumber,
            AcceptanceDate = Date(row.AcceptanceDate),
            RegisteredAt = row.RegisteredAt is { } at ? Utc(at) : null,
            ControlDeadline = Date(row.ControlDeadline),
            ControlDeadlineProvisional = row.ControlDeadlineProvisional,
            ControlTermExtensions = JsonSerializer.Deserialize<List<ControlTermExtension>>(row.ControlTermExtensions, DeclarationContent.Json) ?? [],
            Assessment = row.Assessment is null ? null : JsonSerializer.Deserialize<PersonalUseAssessment>(row.Assessment, DeclarationContent.Json),
            History = [.. history.Select(h => new StatusChange(h.Sequence, EnumCodes.Parse<DeclarationStatus>(h.FromStatus),
                EnumCodes.Parse<DeclarationStatus>(h.ToStatus), h.Actor, Utc(h.At), h.LegalBasis, h.Note))],
            EstablishedQuantities = [.. itemRows.Where(i => i.EstablishedQuantity is not null).Select(i => new EstablishedQuantity(
                i.ItemNumber, i.Quantity, i.EstablishedQuantity!.Value, i.Unit, EnumCodes.Parse<ControlForm>(i.EstablishedByForm!),
                i.EstablishedBy!, Utc(i.EstablishedAt!.Value)))],
            EstablishedValues = [.. itemRows.Where(i => i.EstablishedCustomsValue is not null).Select(i => new EstablishedCustomsValue(
                i.ItemNumber, i.EstablishedCustomsValue!.Value, i.EstablishedValueCurrency!, i.EstablishedValueMethod!.Value, i.EstablishedValueDecision!,
                i.EstablishedValueBy!, Utc(i.EstablishedValueAt!.Value)))],
            KeptSamples = [.. itemRows.SelectMany(i => JsonSerializer.Deserialize<List<KeptSample>>(i.KeptSamples, DeclarationContent.Json) ?? [])],
            Suspensions = [.. suspensions.OrderBy(s => s.SuspendedOn ?? DateTime.MaxValue).ThenBy(s => s.SuspensionId).Select(s => new ReleaseSuspension(
                s.SuspensionId, Date(s.SuspendedOn), Date(s.SuspendedUntil), Date(s.LiftedOn), Date(s.SeizedOn),
                s.PendingDecision, Date(s.DecidedOn), s.DecisionReference, s.DecidedByRole))],
            IpScreenings = [.. screenings.OrderBy(s => s.ItemNumber).Select(s => new ItemIpScreening(
                s.ItemNumber, EnumCodes.Parse<IpScreeningOutcome>(s.Outcome), s.RegisterEntryId, Utc(s.ScreenedAt), s.SuspensionId))],
            ReleaseInputs = releaseInputs,
        });
    }

    /// <summary>
    /// Customs' own figures of an item (Arts. 323(7), 371(3), 372(5), 383(4)), beside the declared ones: what was established
    /// about it, in the order of the parameters of <c>DeclarationRepository</c>'s update of
    /// <c>goods_items</c> ($1-$11; the declaration and item number follow).
    /// </summary>
    public static object?[] ToEstablishedValues(Guid declarationId, int itemNumber, EstablishedQuantity? quantity, EstablishedCustomsValue? value,
        IEnumerable<KeptSample> keptSamples) =>
    [
        quantity?.Established,
        quantity is null ? null : EnumCodes.Of(quantity.Form),
        quantity?.Actor,
        quantity?.At,
        value?.Value,
        value?.Currency,
        value?.ValuationMethod,
        value?.DecisionReference,
        value?.Actor,
        value?.At,
        JsonSerializer.Serialize(keptSamples, DeclarationContent.Json),
        declarationId,
        itemNumber,
    ];

    /// <summary>The columns of <c>goods_items</c> a filing writes, in the order of <see cref="ToValues"/>.</summary>
    public static readonly string[] ItemColumns =
    [
        "declaration_id", "item_number", "description", "tariff_code", "brand", "origin_country_code", "quantity", "unit",
        "gross_weight_kg", "net_weight_kg", "invoice_value", "invoice_currency", "customs_value", "customs_value_currency",
        "customs_value_method", "intended_use", "documents::jsonb", "declared_categories::jsonb",
    ];

    public static object?[] ToValues(Guid declarationId, DeclaredGoodsItem item) =>
    [
        declarationId, item.Number, item.Description, item.TariffCode, item.Brand, item.OriginCountryCode, item.Quantity, item.Unit,
        item.GrossWeightKg, item.NetWeightKg, item.InvoiceValue, item.InvoiceCurrency, item.CustomsValue, item.CustomsValueCurrency,
        item.CustomsValueMethod, EnumCodes.Of(item.IntendedUse),
        JsonSerializer.Serialize(item.Documents, DeclarationContent.Json),
        JsonSerializer.Serialize(item.DeclaredCategories, DeclarationContent.Json),
    ];

    private static DeclaredGoodsItem ToItem(GoodsItemRow row) => new()
    {
        Number = row.ItemNumber,
        Description = row.Description,
        TariffCode = row.TariffCode,
        Brand = row.Brand,
        OriginCountryCode = row.OriginCountryCode,
        Quantity = row.Quantity,
        Unit = row.Unit,
        GrossWeightKg = row.GrossWeightKg,
        NetWeightKg = row.NetWeightKg,
        InvoiceValue = row.InvoiceValue,
        InvoiceCurrency = row.InvoiceCurrency,
        CustomsValue = row.CustomsValue,
        CustomsValueCurrency = row.CustomsValueCurrency,
        CustomsValueMethod = row.CustomsValueMethod,
        IntendedUse = EnumCodes.Parse<IntendedUse>(row.IntendedUse),
        Documents = JsonSerializer.Deserialize<List<GoodsDocumentRef>>(row.Documents, DeclarationContent.Json) ?? [],
        DeclaredCategories = JsonSerializer.Deserialize<List<GoodsCategory>>(row.DeclaredCategories, DeclarationContent.Json) ?? [],
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateOnly? Date(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
