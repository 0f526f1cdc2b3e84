using System.Globalization;
using Customs.Payments.Api.Domain.Assessment;

namespace Customs.Payments.Tests;

/// <summary>
/// Traces write figures as the custom formats "#,0.00" (roubles), "#,0.00##" (an amount in its currency) and "#,0.######"
/// (a rate or quantity) would; Written gets there from the standard "N" formats. Checked against the custom formats on
/// the edges and on many values of every scale and sign.
/// </summary>
public sealed class WrittenTests
{
    public static TheoryData<decimal> Edges => new()
    {
        0m, 0.00m, -0m, 1m, 1.0m, 1.5m, 0.005m, -0.005m, 0.0049m, 0.00005m, 0.000000499m, 0.0000005m, -0.0000004m, 999.995m, 999_999.995m,
        1_234_567.891234567m, -1_234_567.891234567m, 93.1608m, 84.383m, 0.167743m, 47_355.40m, 100_000m, 79_228_162_514_264_337_593_543_950_335m,
        -79_228_162_514_264_337_593_543_950_335m, 0.1m, 10.10m, 12.3400m, 18_446_744_073_709_551_615m, -18_446_744_073_709_551_615m,
        184_467_440_737_095.51615m, 18_446_744_073_709_551_616m, 0.000001m, 999m, 1_000m, 123_456.7m, 0.10m, -0.10m, 100.000000m,
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Each_edge_is_written_as_the_custom_formats_write_it(decimal value) => AssertSameAsCustom(value);

    [Fact]
    public void Values_of_every_scale_and_sign_are_written_as_the_custom_formats_write_them()
    {
        var random = new Random(318);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 12);
            var value = new decimal(random.Next(), random.Next(0, 1000), 0, random.Next(2) == 0, scale);
            AssertSameAsCustom(value);
        }
    }

    private static void AssertSameAsCustom(decimal value)
    {
        Assert.Equal(value.ToString("#,0.00", CultureInfo.InvariantCulture) + " RUB", Written.Rub(value));
        Assert.Equal(value.ToString("#,0.00##", CultureInfo.InvariantCulture) + " EUR", Written.Of(value, "EUR"));
        Assert.Equal(value.ToString("#,0.######", CultureInfo.InvariantCulture), Written.Plain(value));
        Assert.Equal($"a {value.ToString("#,0.00", CultureInfo.InvariantCulture)} RUB b {value.ToString("#,0.######", CultureInfo.InvariantCulture)}",
            $"a {Written.InRub(value)} b {Written.InPlain(value)}");
    }
}
