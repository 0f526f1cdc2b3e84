using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Experts;
using Customs.ServiceDefaults;
using static Customs.Examination.Tests.Samples;

namespace Customs.Examination.Tests;

/// <summary>The expert's rights that need the office's answer (Art. 381(1)) and who bears an analysis' costs (Art. 378(6)).</summary>
public sealed class ExpertRightsAndCostsTests
{
    private static ExpertAnalysis Ordered(AnalysisInitiator initiatedBy = AnalysisInitiator.Customs, string? initiator = null) => ExpertAnalysisRules.Order(new()
    {
        Id = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Kind = AnalysisKind.Primary, Subject = AnalysisSubject.Goods, Grounds = "the composition decides the code",
        Experts = ["A. Sidorov"], Organisation = "Central Customs Laboratory", Questions = ["What is the chipset?"], Materials = ["2 sample phones"],
        OrderedOn = Accepted, DueOn = Accepted.AddMonths(1), ApprovalReference = "approval 5/2026", OrderedBy = "officer-17", InitiatedBy = initiatedBy,
        Initiator = initiator,
    }, null);

    private static ExpertConclusion Conclusion(params string[] signedBy) =>
        new(0, signedBy, "Moscow", Accepted, Accepted, "X-ray fluorescence", "chipset Y", "the code is 8517130000", [], true, "expert-1", DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_federal_budget_bears_the_costs_of_an_analysis_customs_initiated_and_the_initiator_of_any_other()
    {
        // Art. 378(6): "reimbursed from the federal budget, except for the expert analyses which were not initiated by the customs authorities".
        Assert.Equal(CostsBorneBy.FederalBudget, Ordered().CostsBorneBy);
        Assert.Equal(CostsBorneBy.Initiator, Ordered(AnalysisInitiator.InterestedPerson, "OOO Vector, 7707083893").CostsBorneBy);
        Assert.Equal(["initiator"], Assert.Throws<RequestValidationException>(() => Ordered(AnalysisInitiator.InterestedPerson)).Violations.Select(v => v.Field));
    }

    private static AnalysisCost Cost(CostIncurredBy by, decimal amount, string currency = "RUB") =>
        new(0, by, by == CostIncurredBy.CustomsLaboratory ? "Central Customs Laboratory" : "A. Sidorov", "X-ray fluorescence of 2 phones", amount, currency,
            "invoice 44", Accepted, "officer-17");

    [Fact]
    public void The_costs_are_amounts_summed_per_currency_and_borne_as_Art_378_6_says()
    {
        // Art. 378(6): "The expenses incurred by the customs authorities, the customs laboratories and other experts and organisations ...
        // shall be reimbursed from the federal budget, except for the expert analyses which were not initiated by the customs authorities."
        // Laboratory 12,500.50 RUB + expert 3,000.00 RUB = 15,500.50 RUB.
        var byCustoms = CostRules.Record(CostRules.Record(Ordered(), Cost(CostIncurredBy.CustomsLaboratory, 12_500.50m)), Cost(CostIncurredBy.Expert, 3_000m));
        var byDeclarant = CostRules.Record(Ordered(AnalysisInitiator.InterestedPerson, "OOO Vector, 7707083893"), Cost(CostIncurredBy.Organisation, 800m, "EUR"));

        Assert.Equal([1, 2], byCustoms.Costs.Select(c => c.Number));
        Assert.Equal([("RUB", 15_500.50m)], byCustoms.CostTotals);
        Assert.Equal(CostsBorneBy.FederalBudget, byCustoms.CostsBorneBy);
        Assert.Equal([("EUR", 800m)], byDeclarant.CostTotals);
        Assert.Equal(CostsBorneBy.Initiator, byDeclarant.CostsBorneBy);
    }

    [Fact]
    public void A_cost_without_an_amount_in_minor_units_or_who_incurred_it_is_refused()
    {
        var tooPrecise = Assert.Throws<RequestValidationException>(() => CostRules.Record(Ordered(), Cost(CostIncurredBy.Expert, 0.005m)));
        var nothing = Assert.Throws<RequestValidationException>(() => CostRules.Record(Ordered(), Cost(CostIncurredBy.Unspecified, 0m) with { Document = "" }));

        Assert.Equal(["amount"], tooPrecise.Violations.Select(v => v.Field));
        Assert.Equal(["incurred_by", "document", "amount"], nothing.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Experts_attracted_with_permission_join_the_analysis_and_sign_before_it_is_concluded()
    {
        // Art. 381(1)[2]: "upon permission of the customs authorities, to attract other experts"; 379(3): signed by all experts.
        var attracted = ExpertRequestRules.Decide(Ordered(), ExpertRight.AttractExperts, "A. Sidorov", "a metallurgist for the casing", ["V. Kuznetsov"], true, "",
            "officer-17", Accepted);

        Assert.Equal(["A. Sidorov", "V. Kuznetsov"], attracted.Experts);
        Assert.Equal(AnalysisStatus.Ordered, ExpertAnalysisRules.Conclude(attracted, Conclusion("A. Sidorov")).Status);
        Assert.Equal(AnalysisStatus.Concluded, ExpertAnalysisRules.Conclude(attracted, Conclusion("A. Sidorov", "V. Kuznetsov")).Status);
    }

    [Fact]
    public void Additional_materials_given_are_listed_and_a_refusal_says_why()
    {
        // Art. 381(1)[3]: "request additional materials requisite for conducting the assigned expert analysis".
        var given = ExpertRequestRules.Decide(Ordered(), ExpertRight.AdditionalMaterials, "a. sidorov", "the wiring diagram", ["wiring diagram, 3 sheets"], true, "",
            "officer-17", Accepted);
        Assert.Equal(["2 sample phones", "wiring diagram, 3 sheets"], given.Materials);
        Assert.Equal(1, given.ExpertRequests.Single().Number);

        var unmotivated = Assert.Throws<RequestValidationException>(() => ExpertRequestRules.Decide(Ordered(), ExpertRight.TakePartInControl, "A. Sidorov",
            "to attend the examination", [], false, "", "officer-17", Accepted));
        Assert.Equal(["motivation"], unmotivated.Violations.Select(v => v.Field));
        var stranger = Assert.Throws<RequestValidationException>(() => ExpertRequestRules.Decide(Ordered(), ExpertRight.AdditionalMaterials, "B. Orlova",
            "the invoice", ["invoice 17"], true, "", "officer-17", Accepted));
        Assert.Equal(["expert"], stranger.Violations.Select(v => v.Field));
    }

    [Fact]
    public void A_concluded_analysis_takes_no_more_requests_of_its_experts()
    {
        var concluded = ExpertAnalysisRules.Conclude(Ordered(), Conclusion("A. Sidorov"));

        Assert.Equal(ExaminationErrors.AnalysisConcluded, Assert.Throws<RuleViolationException>(() => ExpertRequestRules.Decide(concluded,
            ExpertRight.AdditionalMaterials, "A. Sidorov", "the invoice", ["invoice 17"], true, "", "officer-17", Accepted)).Reason);
    }
}
