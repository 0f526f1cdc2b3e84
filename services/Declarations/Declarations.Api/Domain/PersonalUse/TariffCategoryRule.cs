namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>
/// Tariff codes starting with <see cref="Prefix"/> (but none of <see cref="Except"/>) belong to <see cref="Category"/>;
/// <see cref="Memo"/> quotes the memo's line the entry serves.
/// </summary>
public sealed record TariffCategoryRule(string Prefix, GoodsCategory Category, IReadOnlyList<string> Except, string Memo)
{
    public bool Matches(string tariffCode) =>
        tariffCode.StartsWith(Prefix, StringComparison.Ordinal) && !Except.Any(e => tariffCode.StartsWith(e, StringComparison.Ordinal));
}
