namespace Customs.IpRegister.Api.Data;

/// <summary>The pending notices' position: the last notice shown, in their order (due_by, suspension, addressee).</summary>
public sealed record NoticeCursor(DateOnly DueBy, Guid SuspensionId, string Addressee);
