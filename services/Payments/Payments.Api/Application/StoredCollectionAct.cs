using Customs.Payments.Api.Domain.Collection;

namespace Customs.Payments.Api.Application;

/// <summary>A collection act as recorded, with the receipt of what was taken from advances.</summary>
public sealed record StoredCollectionAct(Guid Id, CollectionAct Act, string ReceiptNumber)
{
    /// <summary>Art. 353(1): the receipts of the foreign currencies' advances taken after <see cref="ReceiptNumber"/>.</summary>
    public IReadOnlyList<string> OtherReceiptNumbers { get; init; } = [];
}
