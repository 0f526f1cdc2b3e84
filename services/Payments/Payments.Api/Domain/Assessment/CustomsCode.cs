using Customs.BuildingBlocks.ReferenceData;

namespace Customs.Payments.Api.Domain.Assessment;

/// <summary>References to the articles of the Customs Code (Federal Law 61-FZ of 28.05.2003, SZ RF 02.06.2003 No. 22 item 2066).</summary>
public static class CustomsCode
{
    private const string Act = "Customs Code of the Russian Federation (Federal Law 61-FZ of 28.05.2003)";
    private static readonly DateOnly Published = new(2003, 6, 2);

    public static LegalReference Article(string article) => new(Act, article, Published);
}
