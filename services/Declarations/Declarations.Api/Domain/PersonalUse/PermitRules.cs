using Customs.Declarations.Contracts;
namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Goods that cross the border only with a state authority's permission (memo, last section).</summary>
public static class PermitRules
{
    public static IEnumerable<RequiredPermit> For(DeclaredGoodsItem item, IReadOnlySet<GoodsCategory> categories, MovementDirection direction)
    {
        foreach (var category in categories)
        {
            var document = category switch
            {
                GoodsCategory.Weapons => DocumentKind.WeaponsPermit,                       // internal affairs authorities
                GoodsCategory.CulturalValuables when direction == MovementDirection.Export
                    => DocumentKind.CulturalValuablesExportPermit,                          // export permission
                GoodsCategory.Cites => DocumentKind.CitesPermit,                            // CITES permission
                GoodsCategory.RadioElectronic => DocumentKind.RadioFrequencyPermit,         // telecom supervision agency
                GoodsCategory.Encryption => DocumentKind.EncryptionNotification,            // FSB registered notification
                _ => DocumentKind.Unspecified,
            };
            if (document != DocumentKind.Unspecified)
            {
                yield return new RequiredPermit(item.Number, category, document, item.HasDocument(document));
            }
        }
    }
}
