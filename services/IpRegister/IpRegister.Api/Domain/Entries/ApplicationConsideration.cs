using Customs.ServiceDefaults;

namespace Customs.IpRegister.Api.Domain.Entries;

/// <summary>
/// Art. 394(5): "The Federal Customs Authority considers such applications within one month from the date of their
/// submission [...] Note: the customs office has the right to extend the period of consideration of the application, but
/// for not more than two months from the date of its acceptance."
/// </summary>
public sealed record ApplicationConsideration(Guid ApplicationId, DateOnly SubmittedOn, DateOnly DecideBy)
{
    private const string Art394_5 = "Customs Code Art. 394(5)";

    /// <summary>The consideration extended on <paramref name="today"/> to <paramref name="decideBy"/>, before its day ran out.</summary>
    public ApplicationConsideration ExtendedTo(DateOnly decideBy, DateOnly today)
    {
        if (today > DecideBy)
        {
            throw new RuleViolationException(RegisterErrors.ConsiderationNotExtendable,
                $"The application was due to be decided by {DecideBy:yyyy-MM-dd}; a term that has run out is not extended.", Art394_5);
        }

        var latest = ApplicationDeadlines.LatestExtendedDecideBy(SubmittedOn);
        if (decideBy <= DecideBy || decideBy > latest)
        {
            throw new RuleViolationException(RegisterErrors.ConsiderationNotExtendable,
                $"The consideration may be extended beyond {DecideBy:yyyy-MM-dd} to {latest:yyyy-MM-dd} at the latest (two months from submission).", Art394_5);
        }

        return this with { DecideBy = decideBy };
    }

    /// <summary>A decision after the day it was due (the one month, or the extended day) is late, and recorded so.</summary>
    public bool IsLate(DateOnly decidedOn) => decidedOn > DecideBy;
}
