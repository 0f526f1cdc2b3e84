using Aspire.Hosting;
using Customs.BuildingBlocks.Identity;
using Customs.Payments.V1;
using Google.Type;
using Grpc.Core;
using Grpc.Net.Client;

namespace Customs.Suite.Tests.Payments;

/// <summary>Talks to the payments service of the running graph the way its callers do.</summary>
public sealed class PaymentsDriver : IDisposable
{
    private readonly GrpcChannel _channel;

    public PaymentsDriver(DistributedApplication app)
    {
        _channel = app.CreateGrpcChannel("payments");
        Client = new PaymentsService.PaymentsServiceClient(_channel);
        Inspector = app.As(Callers.Officer("inspector-12", OfficerRole.Inspector));
        DeclarationsService = app.As(CallerIdentity.Create(CallerRole.Service, "declarations", null, null, null));
        Declarant = app.As(Callers.NewDeclarant());
    }

    public PaymentsService.PaymentsServiceClient Client { get; }

    public Metadata Inspector { get; }

    /// <summary>The Declarations service calling on its own behalf (it may ask for an assessment).</summary>
    public Metadata DeclarationsService { get; }

    public Metadata Declarant { get; }

    /// <summary>A customs office on Moscow time (the office data), whose days the tests' dates are.</summary>
    public const string Sheremetyevo = "10005000";

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static Google.Type.Money Amount(decimal amount, string currency) => new()
    {
        CurrencyCode = currency, Units = (long)decimal.Truncate(amount), Nanos = (int)((amount - decimal.Truncate(amount)) * 1_000_000_000m),
    };

    public static decimal Rub(Google.Type.Money money)
    {
        Assert.Equal("RUB", money.CurrencyCode);
        return Value(money);
    }

    /// <summary>The amount of a money value in whatever currency it is in.</summary>
    public static decimal Value(Google.Type.Money money) => money.Units + money.Nanos / 1_000_000_000m;

    public static ItemToAssess Item(int number, string code, decimal value, string currency = "EUR", decimal quantity = 0, decimal kg = 0, decimal litres = 0) => new()
    {
        ItemNumber = number,
        TariffCode = code,
        CustomsValue = Amount(value, currency),
        Quantity = WireDecimals.Dec(quantity),
        NetWeightKg = WireDecimals.Dec(kg),
        AlcoholLitres = WireDecimals.Dec(litres),
    };

    /// <summary>
    /// A commercial import of 47,355.40 RUB due by 19.04.2025 whose demand, handed on 05.05.2025, had to be met by 20.05.2025
    /// (Art. 350(4)), and 20,000.00 RUB of the payer's advances paid in by its bank on 02.05.2025; answers the demand's id.
    /// </summary>
    public async Task<string> UnmetDemandWithAdvancesAsync(string declarationId, string payer, Metadata bank)
    {
        await Client.AssessDeclarationAsync(new()
        {
            CustomsOfficeCode = Sheremetyevo, DeclarationId = declarationId, Kind = DeclarationKind.Commercial, AcceptanceDate = Day(2025, 4, 4),
            PayerTaxpayerNumber = payer, Items = { Item(1, "6403990000", 1_000m, quantity: 100) },
        }, Inspector);
        var demand = await Client.IssueDemandAsync(new()
        {
            DeclarationId = declarationId, DiscoveredOn = Day(2025, 5, 5), DispatchedOn = Day(2025, 5, 5), Delivery = DemandDelivery.Handed, WorkingDaysToMeet = 10,
        }, Inspector);
        await Client.RecordPaymentAsync(new()
        {
            PaymentReference = NewId("transfer"), PayerTaxpayerNumber = payer, Amount = Amount(20_000m, "RUB"), PaidOn = Day(2025, 5, 2),
        }, bank);
        return demand.DemandId;
    }

    /// <summary>Sends <paramref name="count"/> calls at once; each answers its response or the error it ended with.</summary>
    public static async Task<(T? Response, RpcException? Error)[]> AtOnceAsync<T>(int count, Func<int, Task<T>> call)
        where T : class
    {
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async n =>
        {
            try
            {
                return ((T?)await call(n), (RpcException?)null);
            }
            catch (RpcException error)
            {
                return (null, error);
            }
        }));
    }

    public void Dispose() => _channel.Dispose();
}
