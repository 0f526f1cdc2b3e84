using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>Art. 383: samples taken by customs, by the declarant and by other state agencies, and what becomes of them.</summary>
public sealed class SampleTests
{
    private static readonly IReadOnlyList<ItemFacts> Items = [Phones(1)];
    private static readonly AuthorisationCondition[] AllThree =
        [AuthorisationCondition.DoesNotImpedeControl, AuthorisationCondition.DoesNotAffectProperties, AuthorisationCondition.NoEvasionOrBreachOfProhibitions];

    private static ExpertAnalysis Ordered() => ExpertAnalysisRules.Order(new()
    {
        Id = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the composition decides the code",
        Experts = ["A. Sidorov"], Organisation = "Central Customs Laboratory", Questions = ["What is the chipset?"], Materials = ["2 sample phones"],
        OrderedOn = Accepted, DueOn = Accepted.AddMonths(1), ApprovalReference = "approval 5/2026", OrderedBy = "officer-17",
    }, null);

    private static Sample ByCustoms(decimal valueRub = 300m) =>
        new(0, 1, 2, "", valueRub, Accepted, "officer-17", true, [], SampleDisposition.Held, null, RecordReference: "record 10005020/020326/1");

    private static Sample ByDeclarant() => ByCustoms(150m) with
    {
        Quantity = 1, Taker = SampleTaker.Declarant, TakerName = "OOO Vector, 7707083893", AuthorisationReference = "authorisation 12/2026",
        ConditionsMet = AllThree, DeclarantPresent = false, CustomsOfficerPresent = false,
    };

    private static Sample ByAgency() => ByDeclarant() with
    {
        Taker = SampleTaker.OtherStateAgency, TakerName = "I. Kuznetsova, inspector", Agency = "Rospotrebnadzor", CustomsOfficerPresent = true,
    };

    [Fact]
    public void A_sample_kept_by_customs_reduces_the_customs_value_and_one_taken_without_the_declarant_needs_two_witnesses()
    {
        var analysis = Ordered();
        var sample = ByCustoms();

        var tooMuch = Assert.Throws<RequestValidationException>(() => SampleRules.Take(analysis, Items, sample with { Quantity = 100 }, AbsenceReason.Unspecified));
        var alone = Assert.Throws<RequestValidationException>(() =>
            SampleRules.Take(analysis, Items, sample with { DeclarantPresent = false, Witnesses = ["A"] }, AbsenceReason.InternationalMail));
        var taken = SampleRules.Take(analysis, Items, sample, AbsenceReason.Unspecified);
        taken = SampleRules.Take(taken, Items, sample with { DeclarantPresent = false, Witnesses = ["A", "B"], CustomsValueRub = 150m }, AbsenceReason.InternationalMail);
        var disposed = SampleRules.Dispose(SampleRules.Dispose(taken, 1, SampleDisposition.KeptByCustoms, Accepted), 2, SampleDisposition.Returned, Accepted);

        Assert.Equal(["quantity"], tooMuch.Violations.Select(v => v.Field));
        Assert.Equal(["witnesses"], alone.Violations.Select(v => v.Field));
        Assert.Equal(("pcs", 2, SampleTaker.Customs), (taken.Samples[0].Unit, taken.Samples.Count, taken.Samples[0].Taker));
        Assert.Equal(300m, disposed.ValueReductionRub);
        Assert.Equal(ExaminationErrors.SampleDisposed,
            Assert.Throws<RuleViolationException>(() => SampleRules.Dispose(disposed, 1, SampleDisposition.Returned, Accepted)).Reason);
    }

    [Fact]
    public void Every_sample_has_its_record()
    {
        // Art. 383(1): "The fact of samples and specimens shall be formalised in a report".
        var refused = Assert.Throws<RequestValidationException>(() => SampleRules.Take(Ordered(), Items, ByCustoms() with { RecordReference = " " }, AbsenceReason.Unspecified));

        Assert.Equal(["record_reference"], refused.Violations.Select(v => v.Field));
    }

    [Fact]
    public void The_declarant_takes_a_sample_on_an_authorisation_given_when_the_three_conditions_hold()
    {
        // Art. 383(2): samples "may also be taken by declarants"; 383(3): "The authorisation ... may be issued ... provided such taking:
        // does not impede ... customs control ...; does not affect the goods properties; is not conducive to evasions of dutiable payments".
        var analysis = Ordered();

        var taken = SampleRules.Take(analysis, Items, ByDeclarant(), AbsenceReason.Unspecified);
        var twoConditions = Assert.Throws<RequestValidationException>(() =>
            SampleRules.Take(analysis, Items, ByDeclarant() with { ConditionsMet = AllThree[..2] }, AbsenceReason.Unspecified));
        var unauthorised = Assert.Throws<RequestValidationException>(() =>
            SampleRules.Take(analysis, Items, ByDeclarant() with { AuthorisationReference = null, TakerName = "" }, AbsenceReason.Unspecified));
        var tooMuch = Assert.Throws<RequestValidationException>(() =>
            SampleRules.Take(analysis, Items, ByDeclarant() with { Quantity = 100 }, AbsenceReason.Unspecified));

        var sample = taken.Samples.Single();
        Assert.Equal((SampleTaker.Declarant, "OOO Vector, 7707083893", true, false), (sample.Taker, sample.TakerName, sample.DeclarantPresent, sample.CustomsOfficerPresent));
        Assert.Equal(["conditions_met"], twoConditions.Violations.Select(v => v.Field));
        Assert.Equal(["taker", "authorisation_reference"], unauthorised.Violations.Select(v => v.Field));
        Assert.Equal(["quantity"], tooMuch.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_sample_the_declarant_took_is_not_kept_by_customs_and_does_not_reduce_the_value()
    {
        // Art. 383(4): the value is reduced by samples "seized by the customs office and not returned"; 383(11): returned after the investigation.
        var taken = SampleRules.Take(Ordered(), Items, ByDeclarant(), AbsenceReason.Unspecified);

        var refused = Assert.Throws<RuleViolationException>(() => SampleRules.Dispose(taken, 1, SampleDisposition.KeptByCustoms, Accepted));
        var returned = SampleRules.Dispose(taken, 1, SampleDisposition.Returned, Accepted);

        Assert.Equal((ExaminationErrors.SampleNotTakenByCustoms, "Art. 383(4)"), (refused.Reason, refused.LegalBasis));
        Assert.Equal((SampleDisposition.Returned, 0m), (returned.Samples[0].Disposition, returned.ValueReductionRub));
    }

    [Fact]
    public void Customs_is_informed_of_an_agencys_results_and_notifies_the_declarant_once()
    {
        // Art. 383(9): "The customs authorities should be informed of the results of the conducted investigation of the samples and
        // specimens taken by employees of other state agencies and notify about them the persons specified in Item 2".
        var analysis = SampleRules.Take(Ordered(), Items, ByCustoms(), AbsenceReason.Unspecified);
        var withAgency = SampleRules.Take(analysis, Items, ByAgency(), AbsenceReason.Unspecified);
        var noAgency = Assert.Throws<RequestValidationException>(() => SampleRules.Take(analysis, Items, ByAgency() with { Agency = null }, AbsenceReason.Unspecified));
        var results = new AgencyResults(" meets the sanitary rules ", Accepted.AddDays(7), Accepted.AddDays(8), "officer-17");

        var recorded = SampleRules.RecordResults(withAgency, 2, results, Accepted.AddDays(8));
        var ofCustoms = Assert.Throws<RuleViolationException>(() => SampleRules.RecordResults(withAgency, 1, results, Accepted.AddDays(8)));
        var twice = Assert.Throws<RuleViolationException>(() => SampleRules.RecordResults(recorded, 2, results, Accepted.AddDays(8)));
        var early = Assert.Throws<RequestValidationException>(() =>
            SampleRules.RecordResults(withAgency, 2, results with { NotifiedOn = Accepted.AddDays(6) }, Accepted.AddDays(8)));

        Assert.Equal(["agency"], noAgency.Violations.Select(v => v.Field));
        Assert.Equal(("meets the sanitary rules", Accepted.AddDays(8)), (recorded.Samples[1].Results!.Results, recorded.Samples[1].Results!.NotifiedOn));
        Assert.Null(recorded.Samples[0].Results);
        Assert.Equal(ExaminationErrors.SampleNotTakenByAgency, ofCustoms.Reason);
        Assert.Equal(ExaminationErrors.SampleResultsRecorded, twice.Reason);
        Assert.Equal(["notified_on"], early.Violations.Select(v => v.Field));
    }
}
