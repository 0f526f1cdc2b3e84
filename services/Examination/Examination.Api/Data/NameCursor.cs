namespace Customs.Examination.Api.Data;

public sealed record NameCursor(string Name, Guid Id);
