namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>
/// The decision on an application (Art. 343(7)): every criterion reported, entry from <see cref="EnteredFrom"/> when all
/// are met (343(10)), else a refusal whose reasons are the unmet ones (343(9)); the applicant is notified by
/// <see cref="NotifyBy"/>.
/// </summary>
public sealed record EntryDecision(
    DateOnly DecidedOn, DateOnly DecideBy, bool DecidedLate, DateOnly NotifyBy, IReadOnlyList<CriterionCheck> Criteria, DateOnly? EnteredFrom)
{
    public bool Entered => EnteredFrom is not null;

    public IEnumerable<CriterionCheck> Unmet => Criteria.Where(c => !c.Met);
}
