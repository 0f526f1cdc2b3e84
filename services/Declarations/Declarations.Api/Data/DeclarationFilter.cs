using Customs.Declarations.Api.Domain;

namespace Customs.Declarations.Api.Data;

/// <summary>
/// What ListDeclarations narrows by; null fields do not filter. The filing days are each declaration's own office days
/// (its time zone in the office data): filed at 23:30 in Vladivostok on 1 March is filed on 1 March, not on Moscow's.
/// </summary>
public sealed record DeclarationFilter(
    string? FiledBy, string? DeclarantTaxpayerNumber, DeclarationStatus? Status, string? CustomsOfficeCode,
    DateOnly? FiledFrom, DateOnly? FiledTo);
