using Customs.Examination.Api.Domain.Experts;
using Customs.ServiceDefaults;
using V1 = Customs.Examination.V1;

namespace Customs.Examination.Api.Grpc;

internal static class ExpertMapping
{
    public static V1.DeclarantRequest ToProto(DeclarantRequest r)
    {
        var request = new V1.DeclarantRequest
        {
            Number = r.Number, Right = EnumMap.To<V1.DeclarantRight>(r.Right), Request = r.Text, Granted = r.Granted, Motivation = r.Motivation,
            DecidedBy = r.DecidedBy, DecidedOn = r.Pending ? null : r.DecidedOn.ToDate(), Pending = r.Pending, FiledBy = r.FiledBy ?? r.DecidedBy,
            FiledOn = (r.FiledOn ?? r.DecidedOn).ToDate(),
        };
        request.Questions.Add(r.Questions);
        return request;
    }

    public static V1.ExpertRequest ToProto(ExpertRequest r)
    {
        var request = new V1.ExpertRequest
        {
            Number = r.Number, Right = EnumMap.To<V1.ExpertRight>(r.Right), Expert = r.Expert, Request = r.Text, Granted = r.Granted,
            Motivation = r.Motivation, DecidedBy = r.DecidedBy, DecidedOn = r.Pending ? null : r.DecidedOn.ToDate(), Pending = r.Pending,
            FiledBy = r.FiledBy ?? r.DecidedBy, FiledOn = (r.FiledOn ?? r.DecidedOn).ToDate(),
        };
        request.GrantedItems.Add(r.GrantedItems);
        return request;
    }

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
            EndedReason = a.EndedReason ?? "", EndedOn = a.EndedOn.ToDate(),
        };
        proto.Experts.Add(a.Experts);
        proto.Questions.Add(a.Questions);
        proto.Materials.Add(a.Materials);
        proto.Requests.Add(a.Requests.Select(ToProto));
        proto.ExpertRequests.Add(a.ExpertRequests.Select(ToProto));

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

        proto.Samples.Add(a.Samples.Select(ToProto));

        proto.Costs.Add(a.Costs.Select(c => new V1.AnalysisCost
        {
            Number = c.Number, IncurredBy = EnumMap.To<V1.CostIncurredBy>(c.IncurredBy), Payee = c.Payee, Description = c.Description,
            Amount = c.Amount.ToMoney(c.Currency), Document = c.Document, RecordedOn = c.RecordedOn.ToDate(), RecordedBy = c.RecordedBy,
        }));
        proto.CostTotals.Add(a.CostTotals.Select(t => t.Amount.ToMoney(t.Currency)));
        return proto;
    }

    public static V1.Sample ToProto(Sample s)
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
        return sample;
    }

    /// <summary>The sample a TakeSample request describes (Art. 383), taken by <paramref name="officer"/>'s office; its number and day are set on taking.</summary>
    public static Sample? ToDomain(V1.TakeSampleRequest request, string officer, string prefix, List<FieldViolation> violations)
    {
        if (request.Quantity.ToDecimalOrNull() is null)
        {
            violations.Add(new($"{prefix}quantity", "is required"));
        }

        if (request.CustomsValue is not { CurrencyCode: "RUB" })
        {
            violations.Add(new($"{prefix}customs_value", "is required, in RUB"));
        }

        return violations.Count > 0 ? null : new Sample(0, request.ItemNumber, request.Quantity.ToDecimal(), "", request.CustomsValue!.ToDecimal(), default, officer,
            request.DeclarantPresent, Clean(request.Witnesses), SampleDisposition.Held, null,
            request.Taker == V1.SampleTaker.Unspecified ? SampleTaker.Customs : EnumMap.To<SampleTaker>(request.Taker), Text(request.TakerName),
            Text(request.Agency), Text(request.RecordReference), Text(request.AuthorisationReference),
            [.. request.ConditionsMet.Select(c => EnumMap.To<AuthorisationCondition>(c))], request.CustomsOfficerPresent);
    }

    /// <summary>Art. 383(9): an agency's results as a RecordSampleResults or RecordControlSampleResults request gives them.</summary>
    public static AgencyResults? ToResults(
        string results, Google.Type.Date? receivedOn, Google.Type.Date? notifiedOn, string recordedBy, List<FieldViolation> violations)
    {
        if (receivedOn.ToDateOnlyOrNull() is not { } received)
        {
            violations.Add(new("received_on", "is required (Art. 383(9))"));
            return null;
        }

        return new AgencyResults(results, received, notifiedOn.ToDateOnlyOrNull(), recordedBy);
    }

    private static string? Text(string value) => value.Trim() is { Length: > 0 } text ? text : null;

    public static IReadOnlyList<string> Clean(IEnumerable<string> values) => [.. values.Select(v => v.Trim())];
}
