using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.Examination.Api.Domain.Risk;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>
/// Art. 383 outside any expert analysis: "In the process of customs control procedures, the customs authorities have the right to
/// take samples" (383(1)), and samples "may also be taken by declarants ... and the employees of other state agencies" (383(2)).
/// </summary>
public sealed class ControlSampleTests
{
    private static readonly Guid DeclarationId = Guid.NewGuid();
    private static readonly IReadOnlyList<ItemFacts> Items = [Phones(1)];
    private static readonly AuthorisationCondition[] AllThree =
        [AuthorisationCondition.DoesNotImpedeControl, AuthorisationCondition.DoesNotAffectProperties, AuthorisationCondition.NoEvasionOrBreachOfProhibitions];

    private static Sample ByCustoms(decimal valueRub = 300m) =>
        new(0, 1, 2, "", valueRub, Accepted, "officer-17", true, [], SampleDisposition.Held, null, RecordReference: "record 10005020/020326/7");

    private static Sample ByAgency() => ByCustoms(150m) with
    {
        Quantity = 1, Taker = SampleTaker.OtherStateAgency, TakerName = "I. Kuznetsova, inspector", Agency = "Rospotrebnadzor",
        AuthorisationReference = "authorisation 12/2026", ConditionsMet = AllThree, DeclarantPresent = false,
    };

    private static ControlSample Take(IReadOnlyList<ControlSample> taken, Sample s, ControlForm? form = ControlForm.Examination, string purpose = "") =>
        ControlSampleRules.Take(taken, Guid.NewGuid(), DeclarationId, Items, form, purpose, s, AbsenceReason.Unspecified);

    [Fact]
    public void Customs_takes_a_sample_for_a_form_of_control_of_Art_366_and_another_agency_for_its_own_investigation()
    {
        // 383(1): customs takes samples "in the process of customs control procedures": the form it serves is required.
        Assert.Equal(["form"], Assert.Throws<RequestValidationException>(() => Take([], ByCustoms(), form: null)).Violations.Select(v => v.Field));
        // 383(2): an agency's employee takes samples for its own purpose, on the office's authorisation (383(3)).
        Assert.Equal(["purpose"], Assert.Throws<RequestValidationException>(() => Take([], ByAgency(), form: null)).Violations.Select(v => v.Field));

        var first = Take([], ByCustoms(), ControlForm.Examination);
        var second = Take([first], ByAgency(), ControlForm.Examination, "sanitary investigation of the batteries");

        Assert.Equal((1, ControlForm.Examination, "pcs"), (first.Sample.Number, first.Form, first.Sample.Unit));
        // The agency's sample serves the agency, not a form of customs control.
        Assert.Equal((2, (ControlForm?)null, "sanitary investigation of the batteries"), (second.Sample.Number, second.Form, second.Purpose));
    }

    [Fact]
    public void The_rules_of_taking_are_those_of_Art_383_minimal_quantity_record_and_the_three_conditions()
    {
        // 100 phones declared: a sample of 100 is not "minimal" (383(3)); no record (383(1)); an agency without the three conditions of 383(3).
        var tooMany = Assert.Throws<RequestValidationException>(() => Take([], ByCustoms() with { Quantity = 100, RecordReference = null }));
        var unauthorised = Assert.Throws<RequestValidationException>(() => Take([], ByAgency() with { ConditionsMet = AllThree[..2] }, null, "sanitary"));

        Assert.Equal(["quantity", "record_reference"], tooMany.Violations.Select(v => v.Field));
        Assert.Equal(["conditions_met"], unauthorised.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Kept_by_customs_its_value_reduces_the_customs_value_Art_383_4_once_and_only_for_a_sample_customs_took()
    {
        // 383(4): "reduce the customs value of the declared goods by the customs value of the taken samples ... seized by the customs
        // office and not returned"; 383(11): returned, or destroyed. 300 RUB kept by customs; the agency's 150 RUB returned.
        var first = Take([], ByCustoms(300m));
        var taken = new[] { first, Take([first], ByAgency(), null, "sanitary investigation") };

        var kept = ControlSampleRules.Dispose(taken, 1, SampleDisposition.KeptByCustoms, Accepted.AddDays(10));
        Assert.Equal(ExaminationErrors.SampleNotTakenByCustoms,
            Assert.Throws<RuleViolationException>(() => ControlSampleRules.Dispose(kept, 2, SampleDisposition.KeptByCustoms, Accepted.AddDays(10))).Reason);
        var returned = ControlSampleRules.Dispose(kept, 2, SampleDisposition.Returned, Accepted.AddDays(10));

        Assert.Equal(300m, ControlSampleRules.ValueReductionRub(returned));
        Assert.Equal((SampleDisposition.KeptByCustoms, SampleDisposition.Returned), (returned[0].Sample.Disposition, returned[1].Sample.Disposition));
        Assert.Equal(first.Id, returned[0].Id);
        Assert.Equal(ExaminationErrors.SampleDisposed,
            Assert.Throws<RuleViolationException>(() => ControlSampleRules.Dispose(returned, 1, SampleDisposition.Returned, Accepted.AddDays(11))).Reason);
    }

    [Fact]
    public void An_agencys_results_are_recorded_once_Art_383_9()
    {
        // 383(9): customs "should be informed of the results ... of the samples ... taken by employees of other state agencies".
        var first = Take([], ByCustoms());
        var taken = new[] { first, Take([first], ByAgency(), null, "sanitary investigation") };
        var results = new AgencyResults("no hazardous substances", Accepted.AddDays(5), Accepted.AddDays(6), "officer-17");

        var recorded = ControlSampleRules.RecordResults(taken, 2, results, Accepted.AddDays(7));

        Assert.Equal("no hazardous substances", recorded[1].Sample.Results!.Results);
        Assert.Equal(ExaminationErrors.SampleNotTakenByAgency,
            Assert.Throws<RuleViolationException>(() => ControlSampleRules.RecordResults(recorded, 1, results, Accepted.AddDays(7))).Reason);
        Assert.Equal(ExaminationErrors.SampleResultsRecorded,
            Assert.Throws<RuleViolationException>(() => ControlSampleRules.RecordResults(recorded, 2, results, Accepted.AddDays(7))).Reason);
    }
}
