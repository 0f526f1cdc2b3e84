namespace Customs.IpRegister.Contracts;

/// <summary>An IP object left the register (Art. 395(3)); its active suspensions are lifted (Art. 399(2)).</summary>
public sealed record RegisterEntryExcluded
{
    public required Guid RegisterEntryId { get; init; }

    /// <summary>holder_request, security_lapsed, protection_ended or no_court_application_within_suspension.</summary>
    public required string Reason { get; init; }

    public required DateOnly ExcludedOn { get; init; }
}
