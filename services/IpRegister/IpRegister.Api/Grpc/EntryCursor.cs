namespace Customs.IpRegister.Api.Grpc;

/// <summary>The published list's position: the last entry number shown (inside the shared opaque page token).</summary>
public sealed record EntryCursor(long AfterEntryNumber);
