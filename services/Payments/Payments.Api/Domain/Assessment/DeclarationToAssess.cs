namespace Customs.Payments.Api.Domain.Assessment;

public sealed record DeclarationToAssess(
    string DeclarationId, DeclarationKind Kind, DateOnly AcceptanceDate, string RecipientId, IReadOnlyList<ItemToAssess> Items);
