using System.Globalization;

namespace Customs.Suite.Tests;

/// <summary>google.type.Decimal as the suite's protos carry quantities and weights: plain notation.</summary>
internal static class WireDecimals
{
    public static Google.Type.Decimal Dec(decimal value) => new() { Value = value.ToString(CultureInfo.InvariantCulture) };
}
