namespace Customs.Examination.Api.Data;

public sealed record DueCursor(DateOnly DueOn, Guid Id);
