using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Customs.Examination.Api.Domain.Risk;

/// <summary>
/// The random draws of one decision, all derived from its seed: a uniform number in [0, 1) per purpose
/// (HMAC-SHA256 of the purpose keyed by the seed). The seed is 16 bytes from the system's cryptographic generator, so
/// nobody outside can predict a lane; recorded with the decision, it gives the same draws again.
/// </summary>
public sealed class SelectionDraws(byte[] seed)
{
    public byte[] Seed { get; } = seed;

    public string SeedHex => Convert.ToHexString(Seed).ToLowerInvariant();

    public static SelectionDraws New() => new(RandomNumberGenerator.GetBytes(16));

    public static SelectionDraws FromHex(string hex) => new(Convert.FromHexString(hex));

    public decimal Uniform(string purpose)
    {
        var hash = HMACSHA256.HashData(Seed, Encoding.UTF8.GetBytes(purpose));
        var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11; // 53 bits
        return bits / 9_007_199_254_740_992m; // 2^53
    }
}
