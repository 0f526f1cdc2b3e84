namespace Customs.Payments.Api.Domain.Guarantors;

/// <summary>One entry criterion of Art. 343(2)-(4), checked: its article, what it asks, and whether it is met.</summary>
public sealed record CriterionCheck(string Article, string Requirement, bool Met);
