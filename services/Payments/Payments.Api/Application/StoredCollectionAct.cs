using Customs.Payments.Api.Domain.Collection;

namespace Customs.Payments.Api.Application;

/// <summary>A collection act as recorded, with the receipt of what was taken from advances.</summary>
public sealed record StoredCollectionAct(Guid Id, CollectionAct Act, string ReceiptNumber);
