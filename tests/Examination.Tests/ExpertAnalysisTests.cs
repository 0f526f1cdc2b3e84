using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

public sealed class ExpertAnalysisTests
{
    private static readonly Guid DeclarationId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<ItemFacts> Items = [Phones(1)];

    private static ExpertAnalysis Draft(
        AnalysisKind kind = AnalysisKind.Primary, Guid? previous = null, string[]? experts = null, DateOnly? due = null,
        AnalysisSubject subject = AnalysisSubject.Goods, DateOnly? storageEnds = null) => new()
        {
            Id = Guid.NewGuid(), DeclarationId = DeclarationId, Kind = kind, PreviousAnalysisId = previous, Subject = subject,
            Grounds = "the composition decides the tariff code", Experts = experts ?? ["A. Sidorov"], Organisation = "Central Customs Laboratory",
            Questions = ["What is the phones' chipset?"], Materials = ["2 sample phones", "invoice 17"], OrderedOn = Accepted,
            DueOn = due ?? Accepted.AddMonths(1), StorageEndsOn = storageEnds, ApprovalReference = "approval 5/2026", OrderedBy = "officer-17",
        };

    private static ExpertConclusion Conclusion(params string[] signedBy) =>
        new(0, signedBy, "Moscow", Accepted, Accepted.AddDays(5), "X-ray fluorescence", "chipset of model Y", "the code is 8517130000", ["photos"], true, "expert-1", Now);

    [Fact]
    public void The_term_keeps_within_the_limits_of_Art_378_4()
    {
        var year = Assert.Throws<RequestValidationException>(() => ExpertAnalysisRules.Order(Draft(due: Accepted.AddYears(1).AddDays(1)), null));
        var transport = Assert.Throws<RequestValidationException>(() =>
            ExpertAnalysisRules.Order(Draft(subject: AnalysisSubject.MeansOfTransport, due: Accepted.AddMonths(6).AddDays(1)), null));
        var storage = Assert.Throws<RequestValidationException>(() =>
            ExpertAnalysisRules.Order(Draft(due: Accepted.AddMonths(2), storageEnds: Accepted.AddMonths(2).AddDays(-1)), null));

        Assert.Contains("one year", year.Violations.Single().Description);
        Assert.Contains("six months for means of transport", transport.Violations.Single().Description);
        Assert.Contains("temporary storage", storage.Violations.Single().Description);
        Assert.Equal(AnalysisStatus.Ordered, ExpertAnalysisRules.Order(Draft(due: Accepted.AddYears(1)), null).Status);
    }

    [Fact]
    public void A_resolution_needs_its_content_and_the_heads_approval()
    {
        var bare = Draft() with { Grounds = "", Experts = [], Questions = [], Materials = [], Organisation = " ", ApprovalReference = "" };

        var refused = Assert.Throws<RequestValidationException>(() => ExpertAnalysisRules.Order(bare, null));

        Assert.Equal(["grounds", "organisation", "experts", "questions", "materials", "approval_reference"], refused.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_refused_request_of_the_declarant_is_written_with_its_motive_and_granted_questions_are_added()
    {
        var analysis = ExpertAnalysisRules.Order(Draft(), null);

        var unmotivated = Assert.Throws<RequestValidationException>(() =>
            ExpertAnalysisRules.Decide(analysis, DeclarantRight.ChallengeExpert, "the expert worked for a competitor", [], false, "", "officer-17", Accepted));
        var refused = ExpertAnalysisRules.Decide(analysis, DeclarantRight.ChallengeExpert, "the expert worked for a competitor", [], false,
            "no link between the expert and a competitor was shown", "officer-17", Accepted);
        var added = ExpertAnalysisRules.Decide(refused, DeclarantRight.AddQuestions, "ask about the memory", ["How much memory?"], true, "", "officer-17", Accepted);

        Assert.Equal(["motivation"], unmotivated.Violations.Select(v => v.Field));
        Assert.Equal(["What is the phones' chipset?", "How much memory?"], added.Questions);
        Assert.Equal([(1, false), (2, true)], added.Requests.Select(r => (r.Number, r.Granted)));
    }

    [Fact]
    public void Experts_who_disagree_sign_separately_and_the_analysis_is_concluded_once_all_have_signed()
    {
        var analysis = ExpertAnalysisRules.Order(Draft(experts: ["A. Sidorov", "B. Orlova"]), null);

        var first = ExpertAnalysisRules.Conclude(analysis, Conclusion("A. Sidorov"));
        var twice = Assert.Throws<RuleViolationException>(() => ExpertAnalysisRules.Conclude(first, Conclusion("A. Sidorov")));
        var stranger = Assert.Throws<RequestValidationException>(() => ExpertAnalysisRules.Conclude(first, Conclusion("C. Someone")));
        var both = ExpertAnalysisRules.Conclude(first, Conclusion("B. Orlova"));

        Assert.Equal(AnalysisStatus.Ordered, first.Status);
        Assert.Equal(ExaminationErrors.AlreadySigned, twice.Reason);
        Assert.Equal(["signed_by"], stranger.Violations.Select(v => v.Field));
        Assert.Equal((AnalysisStatus.Concluded, 2), (both.Status, both.Conclusions[^1].Number));
        Assert.Throws<RuleViolationException>(() =>
            ExpertAnalysisRules.Decide(both, DeclarantRight.AddQuestions, "late", ["?"], true, "", "officer-17", Accepted));
    }

    [Fact]
    public void A_doubted_conclusion_gets_a_second_analysis_by_another_expert_and_an_unclear_one_an_additional()
    {
        var first = ExpertAnalysisRules.Order(Draft(), null);

        var tooEarly = Assert.Throws<RuleViolationException>(() => ExpertAnalysisRules.Order(Draft(AnalysisKind.Second, first.Id, ["B. Orlova"]), first));
        var concluded = ExpertAnalysisRules.Conclude(first, Conclusion("A. Sidorov"));
        var sameExpert = Assert.Throws<RuleViolationException>(() => ExpertAnalysisRules.Order(Draft(AnalysisKind.Second, first.Id, ["a. sidorov"]), concluded));
        var second = ExpertAnalysisRules.Order(Draft(AnalysisKind.Second, first.Id, ["B. Orlova"]), concluded);
        var additional = ExpertAnalysisRules.Order(Draft(AnalysisKind.Additional, first.Id, ["A. Sidorov"]), concluded);

        Assert.Equal((ExaminationErrors.NoConclusionYet, "Art. 380(1), (2)"), (tooEarly.Reason, tooEarly.LegalBasis));
        Assert.Equal((ExaminationErrors.SameExpert, "Art. 380(2)"), (sameExpert.Reason, sameExpert.LegalBasis));
        Assert.Equal((AnalysisKind.Second, first.Id), (second.Kind, second.PreviousAnalysisId!.Value));
        Assert.Equal(AnalysisKind.Additional, additional.Kind);
        Assert.Equal(AnalysisStatus.Concluded, ExpertAnalysisRules.Conclude(second, Conclusion("B. Orlova")).Status);
    }
}
