using Customs.Declarations.Api.Data.ReferenceData;
using Customs.Declarations.Api.Domain;
using Customs.Declarations.Api.Domain.PersonalUse;

namespace Customs.Declarations.Tests;

/// <summary>The memo's rules with what <see cref="PaymentsAnswers"/> says Payments answers for the day.</summary>
internal sealed class MemoRulesForTests
{
    private readonly PersonalUseRules _rules = new(ReferenceDataLoader.LoadThresholds());

    public PersonalUseAssessment Assess(DeclarationDraft draft, DateOnly on) => _rules.Assess(draft, on, PaymentsAnswers.For(on));
}
