using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>
/// Requests the declarant (Art. 382(1)) and the expert (Art. 381(1)) file themselves, pending until an officer answers: granted,
/// or refused with "a motivated written response" (382(2)).
/// </summary>
public sealed class FiledRequestTests
{
    private static readonly DateOnly Filed = Accepted.AddDays(3);
    private static readonly DateOnly Answered = Accepted.AddDays(5);

    private static ExpertAnalysis Ordered() => ExpertAnalysisRules.Order(new()
    {
        Id = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the composition decides the code",
        Experts = ["A. Sidorov"], Organisation = "Central Customs Laboratory", Questions = ["What is the chipset?"], Materials = ["2 sample phones"],
        OrderedOn = Accepted, DueOn = Accepted.AddMonths(1), ApprovalReference = "approval 5/2026", OrderedBy = "officer-17",
    }, null);

    private static ExpertAnalysis Concluded(ExpertAnalysis a) => ExpertAnalysisRules.Conclude(a,
        new(0, ["A. Sidorov"], "Moscow", Accepted, Accepted, "X-ray fluorescence", "chipset Y", "the code is 8517130000", [], true, "expert-8", DateTimeOffset.UnixEpoch));

    [Fact]
    public void The_declarants_questions_wait_for_the_answer_and_join_the_resolution_only_when_granted_Art_382_1_3()
    {
        // 382(1)[3]: "to request assignment to the expert of additional questions"; 382(2): granted, "the customs office ... shall pass a
        // requisite resolution": the question is then one of the analysis'.
        var filed = DeclarantRequestRules.File(Ordered(), DeclarantRight.AddQuestions, "ask about the memory", ["How much memory?"], "7707083893", Filed);
        var request = filed.Requests.Single();
        Assert.Equal((true, "7707083893", Filed, 1), (request.Pending, request.FiledBy, request.FiledOn, request.Number));
        Assert.Equal(["What is the chipset?"], filed.Questions);

        var granted = DeclarantRequestRules.Answer(filed, 1, true, "", "officer-17", Answered);

        Assert.Equal(["What is the chipset?", "How much memory?"], granted.Questions);
        Assert.Equal((false, true, "officer-17", Answered), (granted.Requests[0].Pending, granted.Requests[0].Granted, granted.Requests[0].DecidedBy, granted.Requests[0].DecidedOn));
    }

    [Fact]
    public void A_challenge_is_motivated_and_its_refusal_is_written_with_the_motive_Art_382_2()
    {
        // 382(1)[1]: "to state a motivated demurrage of an expert"; 382(2): declined, "a motivated written response".
        var unmotivated = Assert.Throws<RequestValidationException>(() =>
            DeclarantRequestRules.File(Ordered(), DeclarantRight.ChallengeExpert, " ", [], "7707083893", Filed));
        Assert.Equal(["request"], unmotivated.Violations.Select(v => v.Field));

        var filed = DeclarantRequestRules.File(Ordered(), DeclarantRight.ChallengeExpert, "the expert worked for a competitor", [], "7707083893", Filed);
        Assert.Equal(["motivation"], Assert.Throws<RequestValidationException>(() =>
            DeclarantRequestRules.Answer(filed, 1, false, "", "officer-17", Answered)).Violations.Select(v => v.Field));
        var refused = DeclarantRequestRules.Answer(filed, 1, false, "no link to the competitor is shown", "officer-17", Answered);

        Assert.Equal((false, "no link to the competitor is shown"), (refused.Requests[0].Granted, refused.Requests[0].Motivation));
        Assert.Equal(["A. Sidorov"], refused.Experts);
        Assert.Equal(ExaminationErrors.RequestAnswered,
            Assert.Throws<RuleViolationException>(() => DeclarantRequestRules.Answer(refused, 1, true, "", "officer-17", Answered)).Reason);
        Assert.Equal(["request_number"], Assert.Throws<RequestValidationException>(() =>
            DeclarantRequestRules.Answer(refused, 2, true, "", "officer-17", Answered)).Violations.Select(v => v.Field));
    }

    [Fact]
    public void What_concerns_the_analysis_under_way_comes_before_its_conclusion_and_what_concerns_a_conclusion_after_it()
    {
        // 382(1)[6]-[7] concern a conclusion (to read it; an additional or second analysis, Art. 380): none yet, too early.
        var early = Assert.Throws<RuleViolationException>(() =>
            DeclarantRequestRules.File(Ordered(), DeclarantRight.FurtherAnalysis, "a second analysis by another laboratory", [], "7707083893", Filed));
        Assert.Equal(ExaminationErrors.NoConclusionYet, early.Reason);

        // 382(1)[1]-[4] concern the analysis being made: once concluded, too late; a pending one may still be refused, not granted.
        var pending = DeclarantRequestRules.File(Ordered(), DeclarantRight.Attend, "to be present at the X-ray", [], "7707083893", Filed);
        var concluded = Concluded(pending);
        Assert.Equal(ExaminationErrors.AnalysisConcluded, Assert.Throws<RuleViolationException>(() =>
            DeclarantRequestRules.File(concluded, DeclarantRight.NameExpert, "B. Orlova", [], "7707083893", Filed)).Reason);
        Assert.Equal(ExaminationErrors.AnalysisConcluded, Assert.Throws<RuleViolationException>(() =>
            DeclarantRequestRules.Answer(concluded, 1, true, "", "officer-17", Answered)).Reason);
        Assert.False(DeclarantRequestRules.Answer(concluded, 1, false, "the analysis was concluded first", "officer-17", Answered).Requests[0].Pending);

        var second = DeclarantRequestRules.File(concluded, DeclarantRight.FurtherAnalysis, "a second analysis by another laboratory", [], "7707083893", Filed);
        Assert.True(second.Requests[1].Pending);
    }

    [Fact]
    public void The_experts_request_for_materials_adds_what_the_office_gives_Art_381_1_3()
    {
        // 381(1)[3]: "request additional materials requisite for conducting the assigned expert analysis".
        var stranger = Assert.Throws<RequestValidationException>(() =>
            ExpertRequestRules.File(Ordered(), ExpertRight.AdditionalMaterials, "B. Orlova", "the wiring diagram", "expert-8", Filed));
        Assert.Equal(["expert"], stranger.Violations.Select(v => v.Field));

        var filed = ExpertRequestRules.File(Ordered(), ExpertRight.AdditionalMaterials, "a. sidorov ", "the wiring diagram", "expert-8", Filed);
        Assert.Equal((true, "a. sidorov", "expert-8"), (filed.ExpertRequests[0].Pending, filed.ExpertRequests[0].Expert, filed.ExpertRequests[0].FiledBy));
        Assert.Equal(["granted_items"], Assert.Throws<RequestValidationException>(() =>
            ExpertRequestRules.Answer(filed, 1, true, [], "", "officer-17", Answered)).Violations.Select(v => v.Field));

        var given = ExpertRequestRules.Answer(filed, 1, true, ["wiring diagram, 3 sheets"], "", "officer-17", Answered);

        Assert.Equal(["2 sample phones", "wiring diagram, 3 sheets"], given.Materials);
        Assert.Equal(ExaminationErrors.RequestAnswered, Assert.Throws<RuleViolationException>(() =>
            ExpertRequestRules.Answer(given, 1, false, [], "changed our mind", "officer-17", Answered)).Reason);
    }

    [Fact]
    public void Other_experts_join_only_on_the_offices_permission_Art_381_1_2()
    {
        // 381(1)[2]: "upon permission of the customs authorities, to attract other experts": refused, nobody joins.
        var filed = ExpertRequestRules.File(Ordered(), ExpertRight.AttractExperts, "A. Sidorov", "a metallurgist for the casing", "expert-8", Filed);

        var refused = ExpertRequestRules.Answer(filed, 1, false, [], "the casing is not in question", "officer-17", Answered);
        var granted = ExpertRequestRules.Answer(filed, 1, true, ["V. Kuznetsov"], "", "officer-17", Answered);

        Assert.Equal(["A. Sidorov"], refused.Experts);
        Assert.Equal(["A. Sidorov", "V. Kuznetsov"], granted.Experts);
        Assert.Equal(ExaminationErrors.AnalysisConcluded, Assert.Throws<RuleViolationException>(() =>
            ExpertRequestRules.File(Concluded(Ordered()), ExpertRight.TakePartInControl, "A. Sidorov", "attend the examination", "expert-8", Filed)).Reason);
    }
}
