namespace Customs.Examination.Api.Domain.Risk;

/// <summary>
/// The rates selection aims at, per customs office and direction (ASYCUDA's selectivity): an expected share per lane, a
/// minimum share chosen at random among declarations no profile selected, and the most hits of one profile that may go
/// unselected in a row.
/// </summary>
public sealed record SelectivitySettings(
    string OfficeCode, Direction Direction, decimal ExpectedYellowRate, decimal ExpectedRedRate, decimal ExpectedBlueRate,
    decimal MinRandomRate, Lane RandomLane, int MaxHitsWithoutSelection)
{
    public decimal ExpectedRate(Lane lane) => lane switch
    {
        Lane.Yellow => ExpectedYellowRate,
        Lane.Red => ExpectedRedRate,
        Lane.Blue => ExpectedBlueRate,
        _ => 0,
    };
}
