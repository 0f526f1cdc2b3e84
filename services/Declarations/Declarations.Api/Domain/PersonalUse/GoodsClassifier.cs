namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>The categories of an item: those its tariff code falls in (reference data) and those the filer declared.</summary>
public static class GoodsClassifier
{
    public static IReadOnlySet<GoodsCategory> CategoriesOf(DeclaredGoodsItem item, PersonalUseThresholds thresholds)
    {
        var categories = new HashSet<GoodsCategory>(item.DeclaredCategories.Where(c => c != GoodsCategory.Unspecified));
        foreach (var rule in thresholds.TariffCategories.Where(r => r.Matches(item.TariffCode)))
        {
            categories.Add(rule.Category);
        }

        return categories;
    }
}
