namespace Customs.BuildingBlocks.ReferenceData;

/// <summary>
/// Where a value of reference data comes from, as rules-as-code projects (OpenFisca) keep it beside the value: the act,
/// the article or item of it, and the date of its official publication (or announcement, for the central bank's rates).
/// </summary>
public sealed record LegalReference(string Act, string Article, DateOnly Published)
{
    public override string ToString() => $"{Act}, {Article} (published {Published:yyyy-MM-dd})";
}
