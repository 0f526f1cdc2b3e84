using System.Security.Claims;
using Customs.BuildingBlocks.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Customs.DevTokens;

/// <summary>Writes bearer tokens for development and tests, signed with a <see cref="DevelopmentSigningKey"/>.</summary>
public sealed class TokenMinter(DevelopmentSigningKey key, TimeProvider? clock = null)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>A token for the caller, valid from now for <paramref name="lifetime"/> (8 hours unless said).</summary>
    public string Mint(CallerIdentity caller, TimeSpan? lifetime = null)
    {
        var now = _clock.GetUtcNow();
        return Mint(caller.ToClaims(), now, now + (lifetime ?? DefaultLifetime));
    }

    /// <summary>A token of any claims and validity (tests of malformed, early or expired tokens).</summary>
    public string Mint(IEnumerable<Claim> claims, DateTimeOffset notBefore, DateTimeOffset expires, string? audience = null, string? issuer = null) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? DevelopmentSigningKey.Issuer,
            Audience = audience ?? DevelopmentSigningKey.Audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = key.SigningCredentials,
        });
}
