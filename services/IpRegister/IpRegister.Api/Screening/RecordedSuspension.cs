namespace Customs.IpRegister.Api.Screening;

/// <summary>The suspension a screened item got; <paramref name="PendingDecision"/> when it is only held (Art. 397(1)).</summary>
public sealed record RecordedSuspension(Guid Id, bool PendingDecision);
