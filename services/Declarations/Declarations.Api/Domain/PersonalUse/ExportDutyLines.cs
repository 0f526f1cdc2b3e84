namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>One line of the Payments service's export tariff in force on a day: a code falls under the line of its longest prefix.</summary>
public sealed record ExportDutyLine(string CodePrefix, string LegalReference);

/// <summary>
/// The export tariff's lines in force on a day, as the Payments service (the one record of the tariff) answered them. The memo
/// (FCS letter 04-30/60671 of 12.12.2011): "exported goods subject to export customs duties" "may not be classified as goods
/// for personal use".
/// </summary>
public sealed record ExportDutyLines(IReadOnlyList<ExportDutyLine> Lines)
{
    /// <summary>The line of the longest prefix of <paramref name="tariffCode"/>, or null when the code has no export duty line.</summary>
    public ExportDutyLine? Find(string tariffCode) => tariffCode.Length == 0
        ? null
        : Lines.Where(l => tariffCode.StartsWith(l.CodePrefix, StringComparison.Ordinal)).MaxBy(l => l.CodePrefix.Length);
}
