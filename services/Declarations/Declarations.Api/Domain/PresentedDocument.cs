using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Api.Domain;

/// <summary>A document presented for a goods item after filing, e.g. the permit its release waits for.</summary>
public sealed record PresentedDocument(int ItemNumber, GoodsDocumentRef Document)
{
    public bool Covers(RequiredPermit permit) =>
        permit.ItemNumber == ItemNumber && permit.Document == Document.Kind && !string.IsNullOrWhiteSpace(Document.Reference);
}
