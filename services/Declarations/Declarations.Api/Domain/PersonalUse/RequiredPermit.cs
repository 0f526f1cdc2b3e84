namespace Customs.Declarations.Api.Domain.PersonalUse;

/// <summary>An item that cannot be released without the reference of <see cref="Document"/>.</summary>
public sealed record RequiredPermit(int ItemNumber, GoodsCategory Category, DocumentKind Document, bool Presented);
