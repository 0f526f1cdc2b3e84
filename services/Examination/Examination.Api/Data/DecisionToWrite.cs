using Customs.Examination.Api.Domain.Risk;

namespace Customs.Examination.Api.Data;

/// <summary>A decision made in a batch, with the facts (its compliance history included) and the inputs it was made on.</summary>
public sealed record DecisionToWrite(DeclarationFacts Facts, ControlDecision Decision, DecisionInputs Inputs);
