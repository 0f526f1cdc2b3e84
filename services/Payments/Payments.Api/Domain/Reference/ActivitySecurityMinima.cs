namespace Customs.Payments.Api.Domain.Reference;

/// <summary>Art. 339(2): the least security of a customs broker, a customs carrier and a temporary-storage or bonded warehouse's owner.</summary>
public sealed record ActivitySecurityMinima
{
    public required decimal CustomsBrokerRub { get; init; }
    public required decimal CustomsCarrierRub { get; init; }
    public required decimal WarehouseBaseRub { get; init; }
    public required decimal OpenAreaPerSquareMetreRub { get; init; }
    public required decimal RoomVolumePerCubicMetreRub { get; init; }
}
