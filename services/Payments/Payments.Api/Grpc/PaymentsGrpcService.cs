using Customs.BuildingBlocks.Identity;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using Customs.Payments.Api.Domain.Penalties;
using Customs.Payments.Api.Domain.Reference;
using Customs.Payments.V1;
using Customs.ServiceDefaults;
using Customs.ServiceDefaults.Authentication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Customs.Payments.Api.Grpc;

/// <summary>
/// The Payments RPCs. Customs assesses and keeps the rates (Art. 324(2)); the Declarations service may ask for the
/// assessment of a declaration it accepted; the central bank's rates are open to every authenticated caller.
/// </summary>
[Authorize]
public sealed partial class PaymentsGrpcService(
    ExchangeRateImport import, ExchangeRateStore rates, Assessments assessments, PenaltyCalculator penalties, PaymentBooking booking,
    Application.Demands demands, Application.AccountReports reports, ReferenceBook book, TimeProvider clock)
    : PaymentsService.PaymentsServiceBase
{
    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ImportExchangeRatesResponse> ImportExchangeRates(ImportExchangeRatesRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.CbrXml))
        {
            throw new RequestValidationException([new("cbr_xml", "is required: the central bank's daily XML")]);
        }

        var (setOn, currencies, changed) = await import.ImportAsync(request.CbrXml, context.CancellationToken);
        return new ImportExchangeRatesResponse { SetOn = setOn.ToDate(), CurrenciesImported = currencies, Changed = changed };
    }

    public override async Task<GetExchangeRateResponse> GetExchangeRate(GetExchangeRateRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        if (request.CurrencyCode.Length != 3 || !request.CurrencyCode.All(char.IsAsciiLetterUpper))
        {
            violations.Add(new("currency_code", "needs an ISO 4217 code (3 capital letters)"));
        }

        var on = RequestMapping.Required(request.On, "on", violations);
        RequestValidationException.ThrowIfAny(violations);
        var rate = (await rates.RatesOnAsync(on!.Value, [request.CurrencyCode], context.CancellationToken)).Of(request.CurrencyCode);
        return new GetExchangeRateResponse
        {
            CurrencyCode = rate.Currency, RublesPerUnit = rate.PerUnit.ToWireDecimal(), Nominal = rate.Nominal,
            Value = rate.Value.ToWireDecimal(), SetOn = rate.SetOn.ToDate(),
        };
    }

    [Authorize(Policy = CallerPolicies.OfficerOrService)]
    public override async Task<AssessDeclarationResponse> AssessDeclaration(AssessDeclarationRequest request, ServerCallContext context)
    {
        var declaration = RequestMapping.ToDeclaration(request);
        var presented = request.GoodsPresentedOn.ToDateOnlyOrNull() ?? declaration.AcceptanceDate;
        var stored = await assessments.AssessAsync(declaration, request.CustomsOfficeCode, presented, request.PayerTaxpayerNumber, context.GetCaller().Subject, context.CancellationToken);
        return new AssessDeclarationResponse { Assessment = ResponseMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.OfficerOrService)]
    public override async Task<GetAssessmentResponse> GetAssessment(GetAssessmentRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.DeclarationId))
        {
            throw new RequestValidationException([new("declaration_id", "is required")]);
        }

        var stored = await assessments.GetAsync(request.DeclarationId, context.CancellationToken);
        return new GetAssessmentResponse { Assessment = ResponseMapping.ToProto(stored) };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override async Task<ReassessDeclarationResponse> ReassessDeclaration(ReassessDeclarationRequest request, ServerCallContext context)
    {
        var items = RequestMapping.ToItems(request);
        var (stored, difference, categories) = await assessments.ReassessAsync(
            request.DeclarationId, request.ExpectedVersion, items, request.Reason.Trim(), context.GetCaller().Subject, context.CancellationToken);
        return new ReassessDeclarationResponse
        {
            Assessment = ResponseMapping.ToProto(stored), Difference = difference.ToMoney("RUB"),
            CategoryDifferences =
            {
                categories.Select(c => new CategoryDifference { Category = EnumMap.To<PaymentCategory>(c.Category), Difference = c.DifferenceRub.ToMoney("RUB") }),
            },
        };
    }

    [Authorize(Policy = CallerPolicies.Officer)]
    public override Task<CalculatePenaltyResponse> CalculatePenalty(CalculatePenaltyRequest request, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var arrears = RequestMapping.RequiredRoubles(request.Arrears, "arrears", violations);
        var due = RequestMapping.Required(request.DueDate, "due_date", violations);
        var paid = RequestMapping.Required(request.PaidOn, "paid_on", violations);
        var storage = new List<(DateOnly From, DateOnly To)>();
        for (var i = 0; i < request.TemporaryStorage.Count; i++)
        {
            var from = RequestMapping.Required(request.TemporaryStorage[i].From, $"temporary_storage[{i}].from", violations);
            var to = RequestMapping.Required(request.TemporaryStorage[i].To, $"temporary_storage[{i}].to", violations);
            if (from > to)
            {
                violations.Add(new($"temporary_storage[{i}].to", "must not be before from"));
            }
            else if (from is { } f && to is { } t)
            {
                storage.Add((f, t));
            }
        }

        RequestValidationException.ThrowIfAny(violations);
        var limits = new PenaltyLimits { GuaranteedTermEndedOn = request.Guarantor ? due : null, TemporaryStorage = storage };
        return Task.FromResult(ResponseMapping.ToProto(penalties.Calculate(arrears, due!.Value, paid!.Value, limits)));
    }
}
