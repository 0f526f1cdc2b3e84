namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>Memo, duty-free 3: tobacco products of tariff codes starting with <see cref="Prefix"/> counted in pieces, at most <see cref="Pieces"/>.</summary>
public sealed record TobaccoAllowance(string Prefix, string What, int Pieces);
