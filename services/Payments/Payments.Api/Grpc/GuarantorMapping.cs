using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Guarantors;
using Customs.ServiceDefaults;
using G = Customs.Guarantees.V1;

namespace Customs.Payments.Api.Grpc;

/// <summary>The register of banks and insurers between proto and domain.</summary>
internal static class GuarantorMapping
{
    public static EntryFacts ToFacts(G.EntryFacts f, List<FieldViolation> violations) => new()
    {
        LicenceValid = f.LicenceValid, YearsOfOperation = NotNegative(f.YearsOfOperation, "facts.years_of_operation", violations),
        HasCustomsArrears = f.HasCustomsArrears,
        AuthorisedCapitalRub = Roubles(f.AuthorisedCapital, "facts.authorised_capital", violations),
        OwnFundsRub = Roubles(f.OwnFunds, "facts.own_funds", violations), MandatoryStandardsMetLastYear = f.MandatoryStandardsMetLastYear,
        BranchInStateRegister = f.BranchInStateRegister, BranchMayIssueGuarantees = f.BranchMayIssueGuarantees, HeadBankQualifies = f.HeadBankQualifies,
        PositiveBalanceLastYear = f.PositiveBalanceLastYear, FreeAssetsAtLeastNormative = f.FreeAssetsAtLeastNormative,
        NetAssetsAtLeastPaidCapital = f.NetAssetsAtLeastPaidCapital,
    };

    public static GuarantorLimits? ToLimits(G.GuarantorLimits? limits, List<FieldViolation> violations)
    {
        if (limits is null)
        {
            return null;
        }

        var result = new GuarantorLimits(RequestMapping.RequiredRoubles(limits.MinPerGuarantee, "limits.min_per_guarantee", violations),
            RequestMapping.RequiredRoubles(limits.MaxPerGuarantee, "limits.max_per_guarantee", violations),
            RequestMapping.RequiredRoubles(limits.MaxConcurrent, "limits.max_concurrent", violations));
        violations.AddRange(result.Problems().Select(p => new FieldViolation(p.Field, p.Problem)));
        return result;
    }

    public static G.RegisterApplication ToProto(StoredRegisterApplication stored)
    {
        var a = stored.Application;
        var f = a.Facts;
        var proto = new G.RegisterApplication
        {
            ApplicationId = stored.Id.ToString(), ApplicationReference = a.Reference, TaxpayerNumber = a.TaxpayerNumber, Name = a.Name,
            Kind = EnumMap.To<G.GuarantorKind>(a.Kind), Documents = { a.Documents },
            Facts = new G.EntryFacts
            {
                LicenceValid = f.LicenceValid, YearsOfOperation = f.YearsOfOperation, HasCustomsArrears = f.HasCustomsArrears,
                AuthorisedCapital = f.AuthorisedCapitalRub.ToMoney("RUB"), OwnFunds = f.OwnFundsRub.ToMoney("RUB"),
                MandatoryStandardsMetLastYear = f.MandatoryStandardsMetLastYear, BranchInStateRegister = f.BranchInStateRegister,
                BranchMayIssueGuarantees = f.BranchMayIssueGuarantees, HeadBankQualifies = f.HeadBankQualifies, PositiveBalanceLastYear = f.PositiveBalanceLastYear,
                FreeAssetsAtLeastNormative = f.FreeAssetsAtLeastNormative, NetAssetsAtLeastPaidCapital = f.NetAssetsAtLeastPaidCapital,
            },
            SubmittedOn = a.SubmittedOn.ToDate(), DecideBy = a.DecideBy.ToDate(), Status = EnumMap.To<G.ApplicationStatus>(stored.Status),
            Limits = stored.Limits is { } l ? ToProto(l) : null,
        };
        if (stored.Decision is { } d)
        {
            proto.DecidedOn = d.DecidedOn.ToDate();
            proto.DecidedLate = d.DecidedLate;
            proto.NotifyBy = d.NotifyBy.ToDate();
            proto.Criteria.Add(d.Criteria.Select(c => new G.CriterionCheck { Article = c.Article, Requirement = c.Requirement, Met = c.Met }));
            proto.EnteredFrom = d.EnteredFrom?.ToDate();
        }

        return proto;
    }

    public static G.RegisterEntry ToProto(RegisterEntry e) => new()
    {
        TaxpayerNumber = e.TaxpayerNumber, Name = e.Name, Kind = EnumMap.To<G.GuarantorKind>(e.Kind), EnteredFrom = e.Period.EnteredFrom.ToDate(),
        ExcludedFrom = e.Period.ExcludedFrom?.ToDate(), ExclusionGround = EnumMap.To<G.ExclusionGround>(e.ExclusionGround), Limits = ToProto(e.Limits),
        ApplicationId = e.ApplicationId.ToString(),
    };

    private static G.GuarantorLimits ToProto(GuarantorLimits l) => new()
    {
        MinPerGuarantee = l.MinPerGuaranteeRub.ToMoney("RUB"), MaxPerGuarantee = l.MaxPerGuaranteeRub.ToMoney("RUB"), MaxConcurrent = l.MaxConcurrentRub.ToMoney("RUB"),
    };

    private static int NotNegative(int value, string field, List<FieldViolation> violations)
    {
        if (value < 0)
        {
            violations.Add(new(field, "must not be negative"));
        }

        return value;
    }

    private static decimal Roubles(Google.Type.Money? money, string field, List<FieldViolation> violations)
    {
        if (money is null)
        {
            return 0;
        }

        if (money.CurrencyCode != "RUB" || money.ToDecimal() < 0)
        {
            violations.Add(new(field, "must be in roubles (RUB) and not negative"));
        }

        return money.ToDecimal();
    }
}
