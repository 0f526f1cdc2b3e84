using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Valuation;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>
/// Art. 323(7): "the customs office will determine the goods customs value on its own by way of consecutive application of the
/// available methods"; here on a completed record (Arts. 371(4), 372(6)) or an expert's conclusion (379(5)).
/// </summary>
public sealed class CustomsValueRulesTests
{
    [Fact]
    public void A_value_is_determined_on_a_completed_examination_only()
    {
        var open = GoodsExamination.Open(Guid.NewGuid(), Guid.NewGuid(), "10005020/100326/0000001", "10005020", ExaminationKind.Examination, ["officer-1"],
            Accepted, Accepted.AddDays(3));

        var refused = Assert.Throws<RuleViolationException>(() => CustomsValueRules.RequireBasis(open));
        Assert.Equal(ExaminationErrors.ExaminationNotCompleted, refused.Reason);

        open.Complete([new Person("Ivan Petrov", "declarant", "passport")], AbsenceReason.Unspecified, [], "as declared", "officer-1", DateTimeOffset.UnixEpoch);
        CustomsValueRules.RequireBasis(open);
    }

    [Fact]
    public void An_analysis_without_a_clear_conclusion_is_no_basis()
    {
        // Art. 381(1)[4]: an expert who cannot conclude says so in writing; that is no finding to determine a value on.
        var unclear = new ExpertConclusion(1, ["A. Sidorov"], "Moscow", Accepted, Accepted, "microscopy", "-", "cannot say", [], false, "expert-1", DateTimeOffset.UnixEpoch);
        var analysis = new ExpertAnalysis
        {
            Id = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "value",
            Experts = ["A. Sidorov"], Organisation = "Central Customs Laboratory", Questions = ["model?"], Materials = ["lens"], OrderedOn = Accepted,
            DueOn = Accepted.AddMonths(1), ApprovalReference = "approval 1", OrderedBy = "officer-1", Conclusions = [unclear],
        };

        Assert.Equal(ExaminationErrors.NoConclusionYet, Assert.Throws<RuleViolationException>(() => CustomsValueRules.RequireBasis(analysis)).Reason);
        CustomsValueRules.RequireBasis(analysis with { Conclusions = [unclear with { Number = 2, Clear = true }] });
    }

    [Fact]
    public void The_item_must_be_one_of_the_declaration()
    {
        CustomsValueRules.RequireItem([Phones(1)], 1);
        Assert.Equal(ExaminationErrors.ItemNotInDeclaration,
            Assert.Throws<RuleViolationException>(() => CustomsValueRules.RequireItem([Phones(1)], 2)).Reason);
    }
}
