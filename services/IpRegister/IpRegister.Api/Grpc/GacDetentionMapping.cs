using Customs.BuildingBlocks.Amounts;
using Customs.ServiceDefaults;
using Customs.BuildingBlocks.Data;
using Customs.IpRegister.V1;
using D = Customs.IpRegister.Api.Domain;

namespace Customs.IpRegister.Api.Grpc;

/// <summary>The GAC procedure of a suspension on the wire, and its money and guarantees read from requests.</summary>
public static class GacDetentionMapping
{
    public static V1.ChinaDetention ToProto(D.China.ChinaDetention detention)
    {
        var proto = new V1.ChinaDetention
        {
            NoticeReference = detention.NoticeReference,
            NoticeDeliveredOn = detention.NoticeDeliveredOn.ToDate(),
            HolderAnswerDue = detention.HolderAnswerDue.ToDate(),
            Outcome = EnumMap.To<V1.DetentionOutcome>(detention.Outcome),
            NotDetainedBecause = detention.NotDetainedBecause ?? "",
            AppliedOn = detention.AppliedOn.ToDate(),
            GoodsValue = ToWire(detention.GoodsValue),
            RequiredGuarantee = ToWire(detention.RequiredGuarantee),
            Guarantee = ToWire(detention.Guarantee),
            DetainedOn = detention.DetainedOn.ToDate(),
            InvestigationDue = detention.InvestigationDue.ToDate(),
            CourtAssistanceDue = detention.CourtAssistanceDue.ToDate(),
            Provisional = detention.IsProvisional,
        };
        if (detention.GeneralGuarantee is { } general)
        {
            proto.GeneralGuarantee = new V1.GeneralGuarantee
            {
                Amount = ToWire(general.Amount), ApprovedOn = general.ApprovedOn.ToDate(), ValidUntil = general.ValidUntil.ToDate(),
                Reference = general.Reference ?? "",
            };
        }

        if (detention.ServedVoucher is { } voucher)
        {
            proto.Voucher = new V1.DetentionVoucher
            {
                SuspensionId = voucher.SuspensionId.ToString(), DetainedOn = voucher.DetainedOn.ToDate(), Consignee = voucher.Consignee,
                Consignor = voucher.Consignor, ItemNumbers = { voucher.ItemNumbers },
            };
        }

        if (detention.Confiscation is { } notice)
        {
            proto.ConfiscationNotice = new V1.ConfiscationNotice
            {
                GoodsName = notice.GoodsName, Quantity = notice.Quantity?.ToWireDecimal(), Consignee = notice.Consignee ?? "",
                Consignor = notice.Consignor ?? "", DeclaredOn = notice.DeclaredOn.ToDate(), DetainedOn = notice.DetainedOn.ToDate(),
                PenaltyEffectiveOn = notice.PenaltyEffectiveOn.ToDate(), PlaceOfDeparture = notice.PlaceOfDeparture ?? "",
                Destination = notice.Destination ?? "", OtherInformation = notice.OtherInformation ?? "", AnnouncedOn = notice.AnnouncedOn.ToDate(),
                ConfiscableFrom = notice.ConfiscableFrom.ToDate(), DecisionReference = notice.DecisionReference ?? "",
            };
        }

        if (detention.Release is { } release)
        {
            proto.Release = new V1.GacRelease
            {
                AppliedOn = release.AppliedOn.ToDate(), ApplicationReference = release.ApplicationReference,
                AgreementReference = release.AgreementReference ?? "", InvestigationTerminated = release.InvestigationTerminated ?? false,
                RequestedBy = release.RequestedBy is { } by ? EnumMap.To<V1.GacParty>(by) : V1.GacParty.Unspecified,
                Guarantee = ToWire(release.Guarantee), GuaranteeReference = release.GuaranteeReference ?? "",
                UndeterminedNotifiedOn = release.UndeterminedNotifiedOn.ToDate(), UndeterminedNoticeReference = release.UndeterminedNoticeReference ?? "",
            };
        }

        proto.Acts.AddRange(detention.Acts.Select(a => new V1.GacProcedureAct
        {
            Kind = EnumMap.To<V1.GacActKind>(a.Kind), Party = EnumMap.To<V1.GacParty>(a.Party), On = a.On.ToDate(), Reference = a.Reference,
            Authority = a.Authority ?? "",
        }));
        return proto;
    }

    /// <summary>
    /// A CNY amount of a request, to fen (GAC Art. 23 measures guarantees in RMB); a violation for each other problem.
    /// Null when the field is absent.
    /// </summary>
    public static D.Money? ReadCny(Google.Type.Money? money, string field, bool required, List<FieldViolation> violations)
    {
        if (money is null)
        {
            if (required)
            {
                violations.Add(new(field, "is required"));
            }

            return null;
        }

        var value = new D.Money(money.ToDecimal(), string.IsNullOrWhiteSpace(money.CurrencyCode) ? "?" : money.CurrencyCode);
        if (value.Currency != "CNY")
        {
            violations.Add(new(field, "is in RMB (currency_code CNY): the GAC measures set guarantees in RMB (Arts. 23, 24)"));
        }
        else if (!value.IsInMinorUnits)
        {
            violations.Add(new(field, $"{MinorUnits.TooPrecise}"));
        }
        else if (value.Amount <= 0)
        {
            violations.Add(new(field, "is positive"));
        }

        return value;
    }

    private static Google.Type.Money? ToWire(D.Money? money) => money is { } m ? m.Amount.ToMoney(m.Currency) : null;
}
