using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Data;

/// <summary>What a decision was made on besides the facts and profiles: with the seed, they reproduce it.</summary>
public sealed record DecisionInputs(SelectivitySettings? Settings, SelectionCounters CountersBefore, IReadOnlyList<Guid> Exemptions, int PriorDiscrepancies);
