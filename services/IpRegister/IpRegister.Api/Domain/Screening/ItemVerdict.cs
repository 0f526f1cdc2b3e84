using Customs.IpRegister.Contracts;

namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>The outcome for one item and the entry that decided it.</summary>
public sealed record ItemVerdict(int ItemNumber, ScreeningOutcome Outcome, Guid? RegisterEntryId);
