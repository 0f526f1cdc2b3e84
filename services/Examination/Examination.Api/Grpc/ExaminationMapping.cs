using Customs.Examination.Api.Domain.Examinations;
using Customs.Examination.Api.Domain.Valuation;
using Customs.ServiceDefaults;
using V1 = Customs.Examination.V1;

namespace Customs.Examination.Api.Grpc;

internal static class ExaminationMapping
{
    public static V1.Examination ToProto(GoodsExamination e, DateOnly officeToday)
    {
        var proto = new V1.Examination
        {
            ExaminationId = e.Id.ToString(), DeclarationId = e.DeclarationId.ToString(), RegistrationNumber = e.RegistrationNumber, OfficeCode = e.OfficeCode,
            Kind = EnumMap.To<V1.ExaminationKind>(e.Kind), Status = EnumMap.To<V1.ExaminationStatus>(e.Status), OpenedOn = e.OpenedOn.ToDate(),
            DueOn = e.DueOn.ToDate(), DueOnProvisional = e.DueOnProvisional, AbsenceReason = EnumMap.To<V1.AbsenceReason>(e.AbsenceReason),
            Results = e.Results ?? "", CompletedAt = e.CompletedAt?.ToTimestamp(), Overdue = e.IsOverdue(officeToday),
            EndedReason = e.EndedReason ?? "",
        };
        proto.Officers.Add(e.Officers);
        proto.Extensions.Add(e.Extensions.Select(x => new V1.TermExtension
        {
            Ground = EnumMap.To<V1.ExtensionGround>(x.Ground), WorkingDays = x.WorkingDays, Circumstances = x.Circumstances, ExtendedBy = x.ExtendedBy,
            ExtendedAt = x.ExtendedAt.ToTimestamp(), ExtensionId = x.Id == Guid.Empty ? "" : x.Id.ToString(), DecidedIn = EnumMap.To<V1.ExtensionDecidedIn>(x.DecidedIn),
        }));
        proto.Findings.Add(e.Findings.Select(ToProto));
        proto.Attendees.Add(e.Attendees.Select(ToProto));
        proto.Witnesses.Add(e.Witnesses.Select(ToProto));
        return proto;
    }

    public static V1.CustomsValueDecision ToProto(CustomsValueDecision d) => new()
    {
        DecisionId = d.Id.ToString(), DeclarationId = d.DeclarationId.ToString(), ItemNumber = d.ItemNumber, CustomsValue = d.CustomsValue.ToMoney(d.Currency),
        ValuationMethod = d.ValuationMethod, ExaminationId = d.Basis == ValueBasis.Examination ? d.BasisId.ToString() : "",
        ExpertAnalysisId = d.Basis == ValueBasis.ExpertAnalysis ? d.BasisId.ToString() : "", DecisionReference = d.DecisionReference, Grounds = d.Grounds,
        DecidedBy = d.DecidedBy, DecidedAt = d.DecidedAt.ToTimestamp(),
    };

    public static V1.ItemFinding ToProto(ItemFinding f)
    {
        var proto = new V1.ItemFinding
        {
            ItemNumber = f.ItemNumber, QuantityFound = f.QuantityFound?.ToWireDecimal(), ExaminedQuantity = f.ExaminedQuantity?.ToWireDecimal(),
            Description = f.Description, Marks = f.Marks, AdditionalExaminationDemanded = f.AdditionalExaminationDemanded,
            DeclaredQuantity = f.DeclaredQuantity.ToWireDecimal(), Unit = f.Unit,
        };
        proto.Discrepancies.Add(f.Discrepancies);
        proto.AppliesToItems.Add(f.AppliesToItems);
        return proto;
    }

    public static IReadOnlyList<Person> ToDomain(IEnumerable<V1.Person> people, string field, List<FieldViolation> violations) =>
        [.. people.Select((p, i) =>
        {
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                violations.Add(new($"{field}[{i}].name", "is required"));
            }

            return new Person(p.Name.Trim(), p.Capacity.Trim(), p.Document.Trim());
        })];

    private static V1.Person ToProto(Person p) => new() { Name = p.Name, Capacity = p.Capacity, Document = p.Document };
}
