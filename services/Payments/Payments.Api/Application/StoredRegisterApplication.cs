using Customs.Payments.Api.Domain.Guarantors;

namespace Customs.Payments.Api.Application;

/// <summary>An application for the register as kept: its id, the application and, once decided, the decision and the limits of an entry.</summary>
public sealed record StoredRegisterApplication(Guid Id, RegisterApplication Application, EntryDecision? Decision, GuarantorLimits? Limits)
{
    public ApplicationStatus Status => Decision is null ? ApplicationStatus.Submitted : Decision.Entered ? ApplicationStatus.Entered : ApplicationStatus.Refused;
}
