using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Data;

/// <summary>A registered declaration under control, as examination needs it. Cases opened before migration 0002 have no acceptance date and are not served.</summary>
public sealed record ControlCase(Guid DeclarationId, string RegistrationNumber, string OfficeCode, DateOnly AcceptanceDate, DateOnly ControlDeadline, string? DeclarantTaxpayerNumber, IReadOnlyList<ItemFacts> Items);
