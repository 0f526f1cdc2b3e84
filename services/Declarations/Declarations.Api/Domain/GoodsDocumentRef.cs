namespace Customs.Declarations.Api.Domain;

public sealed record GoodsDocumentRef(DocumentKind Kind, string Reference, DateOnly? IssuedOn);
