using Customs.BuildingBlocks.Calendar;
using Customs.Examination.Api.Domain.Closures;
using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>
/// Art. 356(1): "[1] a customs declaration submitted to customs authorities is regarded as void ...; [2] withdrawal of the
/// customs declaration". Either way no goods are declared for control any more: the control of the declaration ends.
/// </summary>
public sealed class CaseClosureTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    private static GoodsExamination Open() =>
        GoodsExamination.Open(Guid.NewGuid(), Guid.NewGuid(), "10005020/020326/0000001", "10005020", ExaminationKind.Examination, ["officer-17"], Accepted,
            ControlTerm.Count(WorkingCalendars.Default, "10005020", Accepted, ControlTerm.WorkingDays).End);

    private static ExpertAnalysis Analysis(AnalysisStatus status) => new()
    {
        Id = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "composition",
        Experts = ["A. Sidorov"], Organisation = "Central Customs Laboratory", Questions = ["What is it made of?"], Materials = ["a sample"],
        OrderedOn = Accepted, DueOn = Accepted.AddMonths(1), ApprovalReference = "approval 5/2026", OrderedBy = "officer-17", Status = status,
    };

    [Fact]
    public void The_reason_names_the_paragraph_of_Art_356_1_and_the_declarants_or_officers_words()
    {
        var withdrawn = new CaseClosure(Guid.NewGuid(), ClosureGround.Withdrawn, "wrong consignment", null, Now);
        var voided = new CaseClosure(Guid.NewGuid(), ClosureGround.Voided, "", "officer-3", Now);

        Assert.Equal("Art. 356(1)[2]: the declaration was withdrawn by the declarant (wrong consignment)", withdrawn.EndReason);
        Assert.Equal("Art. 356(1)[1]: the declaration was regarded as void", voided.EndReason);
    }

    [Fact]
    public void An_open_examination_ends_with_the_reason_and_is_no_longer_overdue()
    {
        // Accepted Monday 2 March 2026, due Thursday 5 March (Art. 359(1)); on Friday 6 March it is overdue until the declaration is withdrawn.
        var e = Open();
        Assert.True(e.IsOverdue(new DateOnly(2026, 3, 6)));

        Assert.True(e.End("Art. 356(1)[2]: the declaration was withdrawn by the declarant", "declarant", Now));

        Assert.Equal(ExaminationStatus.Ended, e.Status);
        Assert.Equal("Art. 356(1)[2]: the declaration was withdrawn by the declarant", e.EndedReason);
        Assert.False(e.IsOverdue(new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void An_ended_examination_takes_no_more_findings_and_keeps_its_first_reason()
    {
        var e = Open();
        e.End("Art. 356(1)[1]: the declaration was regarded as void", "officer-3", Now);

        Assert.False(e.End("Art. 356(1)[2]: the declaration was withdrawn by the declarant", "declarant", Now));
        var refused = Assert.Throws<RuleViolationException>(() => e.RecordFinding([Phones(1)], 1, 90, 10, "phones", "", [], false));
        Assert.Equal(ExaminationErrors.ExaminationClosed, refused.Reason);
        Assert.Equal("Art. 356(1)[1]: the declaration was regarded as void", e.EndedReason);
    }

    [Fact]
    public void A_completed_record_is_not_ended_Art_372_6()
    {
        var e = Open();
        e.Complete([new Person("I. Petrov", "declarant", "passport")], AbsenceReason.Unspecified, [], "nothing found", "officer-17", Now);

        Assert.False(e.End("Art. 356(1)[2]: the declaration was withdrawn by the declarant", "declarant", Now));
        Assert.Equal(ExaminationStatus.Completed, e.Status);
        Assert.Null(e.EndedReason);
    }

    [Fact]
    public void An_analysis_under_way_ends_and_then_refuses_every_action_a_concluded_one_keeps_its_conclusions()
    {
        var ended = AnalysisEndRules.End(Analysis(AnalysisStatus.Ordered), "Art. 356(1)[1]: the declaration was regarded as void", new DateOnly(2026, 3, 6));

        Assert.Equal(AnalysisStatus.Ended, ended!.Status);
        Assert.Equal(new DateOnly(2026, 3, 6), ended.EndedOn);
        Assert.Equal(ExaminationErrors.AnalysisEnded, Assert.Throws<RuleViolationException>(() => AnalysisEndRules.RequireNotEnded(ended)).Reason);
        Assert.Null(AnalysisEndRules.End(Analysis(AnalysisStatus.Concluded), "Art. 356(1)[1]", new DateOnly(2026, 3, 6)));
        Assert.Null(AnalysisEndRules.End(ended, "Art. 356(1)[2]", new DateOnly(2026, 3, 7)));
    }
}
