namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>One stay of an organisation in the register: from the first day of its entry (343(10)) to its exclusion (344).</summary>
public sealed record RegisterPeriod(DateOnly EnteredFrom, DateOnly? ExcludedFrom)
{
    public bool Covers(DateOnly date) => date >= EnteredFrom && (ExcludedFrom is null || date < ExcludedFrom);
}
