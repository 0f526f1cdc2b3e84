using Aspire.Hosting;
using Customs.BuildingBlocks.Identity;
using Customs.IpRegister.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Suite.Tests.IpRegister;

/// <summary>Talks to the ipregister service of the running graph the way its callers do.</summary>
public sealed class IpRegisterDriver : IDisposable
{
    private readonly GrpcChannel _channel;

    public IpRegisterDriver(DistributedApplication app)
    {
        _channel = app.CreateGrpcChannel("ipregister");
        Client = new IpRegisterService.IpRegisterServiceClient(_channel);
        Head = app.As(Callers.Officer("head-1", OfficerRole.Head));
        Deputy = app.As(Callers.Officer("deputy-2", OfficerRole.DeputyHead));
        Inspector = app.As(Callers.Officer("inspector-7", OfficerRole.Inspector));
        RightHolder = app.As(Callers.RightHolder);
        Declarant = app.As(Callers.NewDeclarant());
    }

    public Metadata Head { get; }

    public Metadata Deputy { get; }

    public Metadata Inspector { get; }

    /// <summary>The right-holder who applies for the register (Art. 394(5)).</summary>
    public Metadata RightHolder { get; }

    /// <summary>A caller who is no officer: it may look goods up and read the published register.</summary>
    public Metadata Declarant { get; }

    public IpRegisterService.IpRegisterServiceClient Client { get; }

    public static string UniqueBrand(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    public static SubmitApplicationRequest Application(string brand, string tariffCode, ApplicantCapacity capacity = ApplicantCapacity.RightHolder) => new()
    {
        Applicant = capacity == ApplicantCapacity.RightHolder
            ? new Party { Name = $"{brand} Holdings", Address = "1 Holder Street, Beijing" }
            : new Party { Name = "Smart Orange LLC", Address = "Moscow, Leninsky prospekt 1", TaxpayerNumber = "7701000001" },
        Capacity = capacity,
        PowerOfAttorneyReference = capacity == ApplicantCapacity.RightHolder ? "" : "POA 2017/3",
        RightHolder = new Party { Name = $"{brand} Holdings", Address = "1 Holder Street, Beijing" },
        Object = new IpObject
        {
            Kind = IpObjectKind.Trademark,
            Name = brand,
            RegistrationNumber = $"RU-{Guid.NewGuid():N}"[..12],
            Classes = { 9 },
            ProtectionEndsOn = new Google.Type.Date { Year = 2040, Month = 12, Day = 31 },
        },
        Goods = new GoodsIdentification { TariffCodes = { tariffCode }, BrandSpellings = { brand } },
        RequestedUntil = new Google.Type.Date { Year = 2039, Month = 12, Day = 31 },
        SupportingDocuments = { "Trademark certificate" },
        DamageCompensationObligation = true,
        Security = new Security
        {
            Kind = SecurityKind.LiabilityInsurance,
            Amount = new Google.Type.Money { CurrencyCode = "RUB", Units = 500_000 },
            Reference = "Policy 1",
            ValidUntil = new Google.Type.Date { Year = 2040, Month = 1, Day = 31 },
        },
    };

    public async Task<string> RegisterAsync(string brand, string tariffCode, ApplicantCapacity capacity = ApplicantCapacity.RightHolder)
    {
        var submitted = await Client.SubmitApplicationAsync(Application(brand, tariffCode, capacity), RightHolder);
        var decided = await Client.DecideApplicationAsync(new DecideApplicationRequest { ApplicationId = submitted.ApplicationId, Approve = true }, Head);
        return decided.RegisterEntryId;
    }

    public static ScreenDeclarationRequest Commercial(string brand, string tariffCode, decimal quantity, string? declarationId = null, string taxpayer = "7709999999") => new()
    {
        DeclarationId = declarationId ?? "",
        RegistrationNumber = declarationId is null ? "" : "10005000/261126/0000001",
        CustomsOfficeCode = "10005000",
        Channel = DeclarationChannel.Commercial,
        Declarant = new Party { Name = "Grey Imports LLC", Address = "Orenburg, Sovetskaya 5", TaxpayerNumber = taxpayer },
        Items = { Item(brand, tariffCode, quantity) },
    };

    public static ItemToScreen Item(string brand, string tariffCode, decimal quantity, int number = 1) => new()
    {
        ItemNumber = number,
        Brand = brand,
        TariffCode = tariffCode,
        Quantity = new Google.Type.Decimal { Value = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    /// <summary>Registers a fresh brand and screens one commercial consignment of it: the goods are held (Art. 397(1)).</summary>
    public async Task<string> HoldAsync(string prefix)
    {
        var brand = UniqueBrand(prefix);
        await RegisterAsync(brand, "3303");
        var result = await Client.ScreenDeclarationAsync(Commercial(brand, "3303001000", 1000, Guid.NewGuid().ToString()), Inspector);
        return result.Results.Single().SuspensionId;
    }

    public async Task<Suspension> DecideAsync(string suspensionId, SuspensionDecision decision, Metadata? who = null) =>
        (await Client.DecideSuspensionAsync(
            new DecideSuspensionRequest { SuspensionId = suspensionId, Decision = decision, DecisionReference = "Decision No. 12/2026" },
            who ?? Head)).Suspension;

    /// <summary>Held goods suspended by the head's written decision.</summary>
    public async Task<string> SuspendAsync(string prefix)
    {
        var id = await HoldAsync(prefix);
        await DecideAsync(id, SuspensionDecision.Suspend);
        return id;
    }

    public async Task<Suspension> GetSuspensionAsync(string suspensionId) =>
        (await Client.GetSuspensionAsync(new GetSuspensionRequest { SuspensionId = suspensionId }, Inspector)).Suspension;

    /// <summary>Screens a declaration (as an officer) or, without a declaration id, only looks its goods up.</summary>
    public async Task<ScreeningOutcome> OutcomeAsync(ScreenDeclarationRequest request) => request.DeclarationId.Length > 0
        ? (await Client.ScreenDeclarationAsync(request, Inspector)).Results.Single().Outcome
        : (await Client.LookUpGoodsAsync(LookUp(request), Declarant)).Results.Single().Outcome;

    public static LookUpGoodsRequest LookUp(ScreenDeclarationRequest request) => new()
    {
        CustomsOfficeCode = request.CustomsOfficeCode,
        Channel = request.Channel,
        DeclarantIsNaturalPerson = request.DeclarantIsNaturalPerson,
        ForPersonalUse = request.ForPersonalUse,
        DeclarantTaxpayerNumber = request.Declarant?.TaxpayerNumber ?? "",
        On = request.On,
        Items = { request.Items },
    };

    public void Dispose() => _channel.Dispose();
}
