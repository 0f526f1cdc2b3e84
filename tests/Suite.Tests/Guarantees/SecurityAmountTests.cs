using Customs.Guarantees.V1;
using Google.Rpc;
using Grpc.Core;
using static Customs.Suite.Tests.Guarantees.GuaranteesDriver;
using static Customs.Suite.Tests.Payments.PaymentsDriver;

namespace Customs.Suite.Tests.Guarantees;

/// <summary>
/// The amounts the law sets, applied at acceptance from the reference data in force on the day: Art. 337(2) "shall not be
/// required if the amount ... is below 20,000.00 roubles"; 339(2) "not less than 50 million roubles, on the part of a
/// customs broker", "2.5 million roubles, and, additionally, 1000 roubles per one square metre of useful area of an open
/// plot ... or 300 roubles per ... [cubic] metre of useful volume of a room" for an open-type warehouse.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class SecurityAmountTests(GraphFixture graph)
{
    [Fact]
    public async Task A_security_below_what_the_law_requires_is_refused_with_its_article_and_one_at_the_minimum_is_accepted()
    {
        using var g = new GuaranteesDriver(graph.App);
        var today = await graph.App.TodayAsync();
        AcceptSecurityRequest Pledge(decimal amount, SecurityPurpose purpose, decimal openArea = 0m, decimal roomVolume = 0m) => new()
        {
            SecurityReference = NewId("pledge"), Method = SecurityMethod.Pledge, PrincipalTaxpayerNumber = Callers.NewTaxpayerNumber(), Amount = Amount(amount, "RUB"),
            AcceptedOn = Day(today), PledgedProperty = Property(amount), Purpose = purpose, OpenAreaSquareMetres = new() { Value = $"{openArea}" }, RoomVolumeCubicMetres = new() { Value = $"{roomVolume}" },
        };

        var notRequired = await RefusedWithBasis(g.Securities.AcceptSecurityAsync(Pledge(19_999.99m, SecurityPurpose.Unspecified), g.Inspector));
        var operations = (await g.Securities.AcceptSecurityAsync(Pledge(20_000m, SecurityPurpose.Unspecified), g.Inspector)).Security;
        var broker = await RefusedWithBasis(g.Securities.AcceptSecurityAsync(Pledge(49_999_999.99m, SecurityPurpose.CustomsBroker), g.Inspector));
        // 2,500,000 + 1,000 × 1,200 m² + 300 × 4,000 m³ = 4,900,000.
        var warehouseBelow = await RefusedWithBasis(g.Securities.AcceptSecurityAsync(Pledge(4_899_999.99m, SecurityPurpose.TemporaryStorageWarehouse, 1_200m, 4_000m), g.Inspector));
        var warehouse = (await g.Securities.AcceptSecurityAsync(Pledge(4_900_000m, SecurityPurpose.TemporaryStorageWarehouse, 1_200m, 4_000m), g.Inspector)).Security;
        var areaForOperations = await Assert.ThrowsAsync<RpcException>(() =>
            g.Securities.AcceptSecurityAsync(Pledge(30_000m, SecurityPurpose.Operations, openArea: 10m), g.Inspector).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, "SECURITY_NOT_REQUIRED", "Art. 337(2)"), notRequired);
        Assert.Equal(SecurityPurpose.Operations, operations.Purpose);
        Assert.Equal((StatusCode.FailedPrecondition, "BELOW_SECURITY_MINIMUM", "Art. 339(2)"), broker);
        Assert.Equal((StatusCode.FailedPrecondition, "BELOW_SECURITY_MINIMUM", "Art. 339(2)"), warehouseBelow);
        Assert.Equal((SecurityPurpose.TemporaryStorageWarehouse, 1_200m, 4_000m),
            (warehouse.Purpose, Number(warehouse.OpenAreaSquareMetres), Number(warehouse.RoomVolumeCubicMetres)));
        Assert.Equal(StatusCode.InvalidArgument, areaForOperations.StatusCode);
        Assert.Contains(areaForOperations.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "open_area_square_metres");
    }

    private static decimal Number(Google.Type.Decimal value) => decimal.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(StatusCode, string, string)> RefusedWithBasis<T>(AsyncUnaryCall<T> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>();
        return (error.StatusCode, info.Reason, info.Metadata["legal_basis"]);
    }
}
