namespace Customs.Payments.Api.Domain.Collection;

/// <summary>A demand for payment as issued (Art. 350): the day it went out and the day it had to be met by.</summary>
public sealed record DemandOnRecord(Guid Id, string DeclarationId, DateOnly DispatchedOn, DateOnly MeetBy);
