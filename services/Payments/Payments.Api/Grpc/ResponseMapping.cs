using Customs.Payments.Api.Application;
using Customs.Payments.Api.Domain.Assessment;
using Customs.Payments.Api.Domain.Payments;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Rates;
using Customs.ServiceDefaults;
using V1 = Customs.Payments.V1;

namespace Customs.Payments.Api.Grpc;

internal static class ResponseMapping
{
    public static V1.Assessment ToProto(StoredAssessment stored)
    {
        var result = stored.Result;
        var proto = new V1.Assessment
        {
            DeclarationId = stored.DeclarationId,
            Version = stored.Version,
            Kind = EnumMap.To<V1.DeclarationKind>(stored.Kind),
            AcceptanceDate = stored.AcceptanceDate.ToDate(),
            Total = result.Total.ToMoney("RUB"),
            AssessedAt = stored.AssessedAt.ToTimestamp(),
        };
        proto.Items.Add(result.Items.Select(i => new V1.ItemAssessment
        {
            ItemNumber = i.ItemNumber, TariffCode = i.TariffCode, Figures = { i.Figures.Select(ToProto) },
        }));
        proto.DeclarationFigures.Add(result.DeclarationFigures.Select(ToProto));
        foreach (var rate in result.RatesUsed)
        {
            proto.ExchangeRates[rate.Currency] = rate.PerUnit.ToWireDecimal();
        }

        return proto;
    }

    public static V1.CalculatePenaltyResponse ToProto(Penalty penalty) => new()
    {
        Penalty = penalty.AmountRub.ToMoney("RUB"),
        FirstDay = penalty.FirstDay.ToDate(),
        LastDay = penalty.LastDay.ToDate(),
        Parts = { penalty.Parts.Select(ToProto) },
    };

    /// <summary>A part at one refinancing rate: of a penalty (Art. 349(2)) or of interest (Arts. 336, 355(4)).</summary>
    public static V1.PenaltyPart ToProto(PenaltyPart p) => new()
    {
        From = p.From.ToDate(), Until = p.Until.ToDate(), Days = p.Days, RefinancingRate = p.RatePercent.ToWireDecimal(),
        Amount = p.AmountRub.ToMoney("RUB"), Trace = ToProto(p.Trace),
    };

    public static V1.Obligation ToProto(Domain.Payments.Obligation o, Penalty? toDate, Domain.Interest.Interest? interestToDate = null) => new()
    {
        DeclarationId = o.DeclarationId,
        DueDate = o.DueDate.ToDate(),
        Assessed = o.AssessedRub.ToMoney("RUB"),
        Paid = o.PaidRub.ToMoney("RUB"),
        Outstanding = o.OutstandingRub.ToMoney("RUB"),
        PenaltyCharged = o.PenaltyRub.ToMoney("RUB"),
        PenaltySettledTo = o.PenaltySettledTo.ToDate(),
        PenaltyPaid = o.PenaltyPaidRub.ToMoney("RUB"),
        PenaltyToDate = (toDate?.AmountRub ?? 0).ToMoney("RUB"),
        Settled = o.Settled,
        TemporaryStorage = { o.TemporaryStorage.Select(p => new V1.DatePeriod { From = p.From.ToDate(), To = p.To.ToDate() }) },
        Terms = { o.TermsWithUnpaid().Select((t, i) => new V1.ObligationTerm
        {
            DueOn = t.Term.DueOn.ToDate(), Principal = t.Term.PrincipalRub.ToMoney("RUB"), Unpaid = t.UnpaidRub.ToMoney("RUB"), Deferred = i > 0,
            Category = t.Term.Category is { } c ? EnumMap.To<V1.PaymentCategory>(c) : V1.PaymentCategory.Unspecified,
        }) },
        Categories = { o.CategoryBalances().Select(c => new V1.ObligationCategory
        {
            Category = EnumMap.To<V1.PaymentCategory>(c.Category), Assessed = c.AssessedRub.ToMoney("RUB"), Paid = c.PaidRub.ToMoney("RUB"),
            Outstanding = c.OutstandingRub.ToMoney("RUB"), Deferred = c.DeferredRub.ToMoney("RUB"),
        }) },
        NextDueDate = o.NextDueDate.ToDate(),
        InterestCharged = o.InterestRub.ToMoney("RUB"),
        InterestSettledTo = o.InterestSettledTo.ToDate(),
        InterestPaid = o.InterestPaidRub.ToMoney("RUB"),
        InterestToDate = (interestToDate?.AmountRub ?? 0).ToMoney("RUB"),
    };

    public static V1.Receipt ToProto(Receipt r) => new()
    {
        ReceiptNumber = r.Number, DeclarationId = r.DeclarationId, PayerTaxpayerNumber = r.PayerTaxpayerNumber,
        ToPayments = r.ToPaymentsRub.ToMoney("RUB"), ToPenalties = r.ToPenaltiesRub.ToMoney("RUB"), MetOn = r.MetOn.ToDate(), IssuedAt = r.IssuedAt.ToTimestamp(),
        ToInterest = r.ToInterestRub.ToMoney("RUB"),
        PaidInCurrency = r.FromCurrency?.Amount.ToMoney(r.FromCurrency.Value.Currency),
        Conversion = r.FromCurrency is { } from ? ToProto(from.Conversion) : null,
    };

    public static V1.PayerAccount ToProto(string taxpayerNumber, Data.PayerAccountView account) => new()
    {
        TaxpayerNumber = taxpayerNumber,
        Balance = account.BalanceRub.ToMoney("RUB"),
        ForeignBalances = { account.ForeignBalances.Select(b => b.Balance.ToMoney(b.Currency)) },
        Entries = { account.Entries.Select(ToProto) },
    };

    public static V1.AccountUseReport ToProto(StoredAccountReport stored) => new()
    {
        ReportNumber = stored.Number, TaxpayerNumber = stored.Report.TaxpayerNumber, RequestReference = stored.RequestReference,
        RequestedOn = stored.RequestedOn.ToDate(), DueBy = stored.DueBy.ToDate(), IssuedOn = stored.IssuedOn.ToDate(),
        PeriodFrom = stored.Report.PeriodFrom.ToDate(), PeriodTo = stored.Report.PeriodTo.ToDate(),
        OpeningBalances = { stored.Report.OpeningBalances.Select(b => b.Amount.ToMoney(b.Currency)) },
        ClosingBalances = { stored.Report.ClosingBalances.Select(b => b.Amount.ToMoney(b.Currency)) },
        Entries = { stored.Report.Entries.Select(ToProto) },
        Declarations =
        {
            stored.Report.Declarations.Select(d => new V1.DeclarationAdvanceUse
            {
                DeclarationId = d.DeclarationId, Paid = d.PaidRub.ToMoney("RUB"), ReceiptNumbers = { d.ReceiptNumbers },
            }),
        },
        LegalReference = AccountUseReport.LegalReference,
    };

    private static V1.AccountEntry ToProto(Data.AccountEntry e)
    {
        var entry = new V1.AccountEntry
        {
            Reference = e.PaymentReference ?? e.ReceiptNumber ?? "", Amount = e.AmountInCurrency.ToMoney(e.Currency), On = e.OnDate.ToDate(),
            DeclarationId = e.DeclarationId ?? "",
        };
        if (!e.InRoubles && e.AmountRub is { } rub && e.RateValue is { } value)
        {
            var conversion = new AdvanceConversion(e.Currency, -e.AmountInCurrency, new ExchangeRate(e.Currency, e.RateSetOn!.Value, e.RateNominal!.Value, value), e.RateOn!.Value);
            entry.AmountRub = rub.ToMoney("RUB");
            entry.Conversion = ToProto(conversion.TraceFor(-e.AmountInCurrency));
        }

        return entry;
    }

    private static V1.Figure ToProto(Figure figure) => new()
    {
        Kind = EnumMap.To<V1.FigureKind>(figure.Kind),
        Amount = figure.AmountRub.ToMoney("RUB"),
        AmountInEuros = figure.AmountEur?.ToMoney("EUR"),
        Trace = ToProto(figure.Trace),
    };

    public static V1.CalculationTrace ToProto(Trace trace) => new()
    {
        Base = trace.Base, Rate = trace.Rate, Rule = trace.Rule, LegalReference = trace.LegalReference, Rounding = trace.Rounding,
    };
}
