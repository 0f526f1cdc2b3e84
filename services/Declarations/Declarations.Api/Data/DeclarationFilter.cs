using Customs.Declarations.Api.Domain;

namespace Customs.Declarations.Api.Data;

/// <summary>What ListDeclarations narrows by; null fields do not filter.</summary>
public sealed record DeclarationFilter(
    string? FiledBy, string? DeclarantTaxpayerNumber, DeclarationStatus? Status, string? CustomsOfficeCode,
    DateTimeOffset? FiledFrom, DateTimeOffset? FiledBefore);
