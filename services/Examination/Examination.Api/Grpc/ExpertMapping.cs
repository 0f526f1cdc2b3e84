using Customs.Examination.Api.Domain.Experts;
using Customs.ServiceDefaults;
using V1 = Customs.Examination.V1;

namespace Customs.Examination.Api.Grpc;

internal static class ExpertMapping
{
    public static V1.ExpertAnalysis ToProto(ExpertAnalysis a)
    {
        var proto = new V1.ExpertAnalysis
        {
            AnalysisId = a.Id.ToString(), DeclarationId = a.DeclarationId.ToString(), Kind = EnumMap.To<V1.AnalysisKind>(a.Kind),
            PreviousAnalysisId = a.PreviousAnalysisId?.ToString() ?? "", Subject = EnumMap.To<V1.AnalysisSubject>(a.Subject), Grounds = a.Grounds,
            Organisation = a.Organisation, OrderedOn = a.OrderedOn.ToDate(), DueOn = a.DueOn.ToDate(), StorageEndsOn = a.StorageEndsOn.ToDate(),
            ApprovalReference = a.ApprovalReference, OrderedBy = a.OrderedBy, RightsExplainedOn = a.RightsExplainedOn.ToDate(),
            Status = EnumMap.To<V1.AnalysisStatus>(a.Status), ValueReduction = a.ValueReductionRub.ToMoney("RUB"),
            InitiatedBy = EnumMap.To<V1.AnalysisInitiator>(a.InitiatedBy), Initiator = a.Initiator ?? "", CostsBorneBy = EnumMap.To<V1.CostsBorneBy>(a.CostsBorneBy),
        };
        proto.Experts.Add(a.Experts);
        proto.Questions.Add(a.Questions);
        proto.Materials.Add(a.Materials);
        foreach (var r in a.Requests)
        {
            var request = new V1.DeclarantRequest
            {
                Number = r.Number, Right = EnumMap.To<V1.DeclarantRight>(r.Right), Request = r.Text, Granted = r.Granted, Motivation = r.Motivation,
                DecidedBy = r.DecidedBy, DecidedOn = r.DecidedOn.ToDate(),
            };
            request.Questions.Add(r.Questions);
            proto.Requests.Add(request);
        }

        foreach (var r in a.ExpertRequests)
        {
            var request = new V1.ExpertRequest
            {
                Number = r.Number, Right = EnumMap.To<V1.ExpertRight>(r.Right), Expert = r.Expert, Request = r.Text, Granted = r.Granted,
                Motivation = r.Motivation, DecidedBy = r.DecidedBy, DecidedOn = r.DecidedOn.ToDate(),
            };
            request.GrantedItems.Add(r.GrantedItems);
            proto.ExpertRequests.Add(request);
        }

        foreach (var c in a.Conclusions)
        {
            var conclusion = new V1.ExpertConclusion
            {
                Number = c.Number, Place = c.Place, ConductedFrom = c.ConductedFrom.ToDate(), ConductedTo = c.ConductedTo.ToDate(), Methods = c.Methods,
                Findings = c.Findings, Conclusions = c.Conclusions, Clear = c.Clear, SubmittedBy = c.SubmittedBy, SubmittedAt = c.SubmittedAt.ToTimestamp(),
            };
            conclusion.SignedBy.Add(c.SignedBy);
            conclusion.Attachments.Add(c.Attachments);
            proto.Conclusions.Add(conclusion);
        }

        foreach (var s in a.Samples)
        {
            var sample = new V1.Sample
            {
                Number = s.Number, ItemNumber = s.ItemNumber, Quantity = s.Quantity.ToWireDecimal(), Unit = s.Unit, CustomsValue = s.CustomsValueRub.ToMoney("RUB"),
                TakenOn = s.TakenOn.ToDate(), TakenBy = s.TakenBy, DeclarantPresent = s.DeclarantPresent, Disposition = EnumMap.To<V1.SampleDisposition>(s.Disposition),
                DisposedOn = s.DisposedOn.ToDate(), Taker = EnumMap.To<V1.SampleTaker>(s.Taker), TakerName = s.TakerName ?? "", Agency = s.Agency ?? "",
                RecordReference = s.RecordReference ?? "", AuthorisationReference = s.AuthorisationReference ?? "", CustomsOfficerPresent = s.CustomsOfficerPresent,
                AgencyResults = s.Results is { } r
                    ? new V1.AgencyResults { Results = r.Results, ReceivedOn = r.ReceivedOn.ToDate(), NotifiedOn = r.NotifiedOn.ToDate(), RecordedBy = r.RecordedBy }
                    : null,
            };
            sample.Witnesses.Add(s.Witnesses);
            sample.ConditionsMet.Add((s.ConditionsMet ?? []).Select(c => EnumMap.To<V1.SampleAuthorisationCondition>(c)));
            proto.Samples.Add(sample);
        }

        proto.Costs.Add(a.Costs.Select(c => new V1.AnalysisCost
        {
            Number = c.Number, IncurredBy = EnumMap.To<V1.CostIncurredBy>(c.IncurredBy), Payee = c.Payee, Description = c.Description,
            Amount = c.Amount.ToMoney(c.Currency), Document = c.Document, RecordedOn = c.RecordedOn.ToDate(), RecordedBy = c.RecordedBy,
        }));
        proto.CostTotals.Add(a.CostTotals.Select(t => t.Amount.ToMoney(t.Currency)));
        return proto;
    }

    public static IReadOnlyList<string> Clean(IEnumerable<string> values) => [.. values.Select(v => v.Trim())];
}
