using Aspire.Hosting;
using Customs.BuildingBlocks.Identity;
using Customs.Guarantees.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Customs.Suite.Tests.Payments;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>Talks to customs.guarantees.v1 (served by payments) of the running graph the way its callers do.</summary>
public sealed class GuaranteesDriver : IDisposable
{
    // Art. 343(5)[1]: a bank's documents, by the codes the README lists.
    public static readonly string[] BankDocuments =
    [
        "certificate_of_incorporation", "legal_person_registration", "credit_organisation_registration", "banking_licence", "signature_card",
        "own_funds_estimates", "balance_report", "income_and_loss_report", "mandatory_standards_reference", "audit_conclusion",
    ];

    private readonly GrpcChannel _channel;
    private readonly DistributedApplication _app;

    public GuaranteesDriver(DistributedApplication app)
    {
        _app = app;
        _channel = app.CreateGrpcChannel("payments");
        Register = new GuarantorRegisterService.GuarantorRegisterServiceClient(_channel);
        Securities = new GuaranteeService.GuaranteeServiceClient(_channel);
        Demands = new GuarantorDemandService.GuarantorDemandServiceClient(_channel);
        Head = app.As(Callers.Officer("head-13", OfficerRole.Head));
        Inspector = app.As(Callers.Officer("inspector-13", OfficerRole.Inspector));
    }

    public GuarantorRegisterService.GuarantorRegisterServiceClient Register { get; }

    public GuaranteeService.GuaranteeServiceClient Securities { get; }

    public GuarantorDemandService.GuarantorDemandServiceClient Demands { get; }

    public Metadata Head { get; }

    public Metadata Inspector { get; }

    /// <summary>An inspector of <paramref name="officeCode"/>: the office a reservation is made for.</summary>
    public Metadata InspectorOf(string officeCode) => _app.As(CallerIdentity.Officer($"inspector-{officeCode}", officeCode, OfficerRole.Inspector));

    /// <summary>The bank itself, as a caller (role bank_or_insurer).</summary>
    public Metadata Bank(string taxpayerNumber) => _app.As(CallerIdentity.Create(CallerRole.BankOrInsurer, taxpayerNumber, taxpayerNumber, null, null));

    /// <summary>A bank meeting every term of Art. 343(2), worked to the article's minima: five years, 200 million capital, one billion own funds.</summary>
    public static EntryFacts SoundBank() => new()
    {
        LicenceValid = true, YearsOfOperation = 5, AuthorisedCapital = Amount(200_000_000m, "RUB"), OwnFunds = Amount(1_000_000_000m, "RUB"),
        MandatoryStandardsMetLastYear = true,
    };

    public static GuarantorLimits Limits(decimal min, decimal perGuarantee, decimal concurrent) => new()
    {
        MinPerGuarantee = Amount(min, "RUB"), MaxPerGuarantee = Amount(perGuarantee, "RUB"), MaxConcurrent = Amount(concurrent, "RUB"),
    };

    public static Google.Type.Date Day(DateOnly d) => Customs.Suite.Tests.Payments.PaymentsDriver.Day(d.Year, d.Month, d.Day);

    public static string Reason(RpcException error) => error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;

    /// <summary>The status and reason of a call that must fail.</summary>
    public static async Task<(StatusCode, string)> Refused<T>(AsyncUnaryCall<T> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        return (error.StatusCode, Reason(error));
    }

    /// <summary>Art. 341: property a pledge mortgages, worth <paramref name="valueRub"/>.</summary>
    public static PledgedProperty Property(decimal valueRub) => new()
    {
        Description = "Warehouse building, 1,200 m2", Value = Amount(valueRub, "RUB"), Location = "Khimki, Moscow region, Leningradskaya 1",
    };

    /// <summary>
    /// A commercial declaration of <paramref name="pairs"/> pairs of footwear worth <paramref name="valueEur"/> EUR, accepted
    /// 04.04.2025 (EUR 93.1608), presented <paramref name="presentedOn"/> and assessed, with what it owes: what a reservation for
    /// it may take at most (Art. 338(1)). 1,000 EUR and 100 pairs owe 47,355.40 RUB.
    /// </summary>
    public static async Task<(string Declaration, decimal Owed)> AssessedDeclarationAsync(
        PaymentsDriver payments, DateOnly presentedOn, decimal valueEur = 1_000m, decimal pairs = 100, string? payer = null)
    {
        var declaration = NewId("decl");
        var assessed = await payments.Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declaration, Kind = Customs.Payments.V1.DeclarationKind.Commercial, AcceptanceDate = PaymentsDriver.Day(2025, 4, 4),
            GoodsPresentedOn = Day(presentedOn), PayerTaxpayerNumber = payer ?? Callers.NewTaxpayerNumber(), Items = { Item(1, "6403990000", valueEur, quantity: pairs) },
        }, payments.Inspector);
        return (declaration, Rub(assessed.Assessment.Total));
    }

    /// <summary>A fresh bank applied on <paramref name="submittedOn"/> and entered by a decision the day after (from the 1st of the next month, 343(10)).</summary>
    public async Task<(string TaxpayerNumber, RegisterApplication Decided)> EnterBankAsync(DateOnly submittedOn, GuarantorLimits limits)
    {
        var bank = Callers.NewTaxpayerNumber();
        var submitted = await Register.SubmitRegisterApplicationAsync(new()
        {
            ApplicationReference = NewId("application"), TaxpayerNumber = bank, Name = $"Bank {bank}", Kind = GuarantorKind.Bank,
            Documents = { BankDocuments }, Facts = SoundBank(), SubmittedOn = Day(submittedOn),
        }, Bank(bank));
        var decided = await Register.DecideRegisterApplicationAsync(new()
        {
            ApplicationId = submitted.Application.ApplicationId, DecidedOn = Day(submittedOn.AddDays(1)), Limits = limits,
        }, Head);
        return (bank, decided.Application);
    }

    public void Dispose() => _channel.Dispose();
}
