using System.Security.Claims;
using System.Security.Cryptography;
using Customs.ServiceDefaults.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Customs.BuildingBlocks.Tests;

/// <summary>A bearer token is checked once and remembered until it expires; a token that failed is checked every time.</summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly CountingHandler _inner = new();

    [Fact]
    public async Task A_valid_token_is_checked_once_and_each_caller_gets_an_identity_of_its_own()
    {
        using var cache = new ValidatedTokenCache(_inner, _time);
        var token = Mint(Now.AddMinutes(10));

        var first = await cache.ValidateTokenAsync(token, Parameters());
        var second = await cache.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid && second.IsValid);
        Assert.Equal(1, _inner.Checks);
        Assert.Equal("officer-1", second.ClaimsIdentity.FindFirst("sub")!.Value);
        first.ClaimsIdentity.AddClaim(new Claim("added", "by one request"));
        Assert.Null((await cache.ValidateTokenAsync(token, Parameters())).ClaimsIdentity.FindFirst("added"));
    }

    [Fact]
    public async Task A_token_is_remembered_only_until_it_expires_and_then_refused_by_the_check()
    {
        using var cache = new ValidatedTokenCache(_inner, _time);
        var token = Mint(Now.AddMinutes(10));
        await cache.ValidateTokenAsync(token, Parameters());

        _time.Advance(TimeSpan.FromMinutes(10));
        var expired = await cache.ValidateTokenAsync(token, Parameters(at: _time));

        Assert.False(expired.IsValid);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task A_token_that_failed_is_checked_again_every_time()
    {
        using var cache = new ValidatedTokenCache(_inner, _time);
        var forged = Mint(Now.AddMinutes(10), ECDsa.Create(ECCurve.NamedCurves.nistP256));

        var results = new[] { await cache.ValidateTokenAsync(forged, Parameters()), await cache.ValidateTokenAsync(forged, Parameters()) };

        Assert.All(results, r => Assert.False(r.IsValid));
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task No_more_tokens_than_its_capacity_are_kept()
    {
        using var cache = new ValidatedTokenCache(_inner, _time, capacity: 2);
        var tokens = Enumerable.Range(0, 3).Select(i => Mint(Now.AddMinutes(10 + i))).ToList();
        foreach (var token in tokens)
        {
            await cache.ValidateTokenAsync(token, Parameters());
        }

        foreach (var token in tokens)
        {
            await cache.ValidateTokenAsync(token, Parameters());
        }

        // The third found no room the first time, so it is checked again (the cache compacts in the background).
        Assert.InRange(_inner.Checks, 4, 6);
    }

    public void Dispose() => _key.Dispose();

    private string Mint(DateTimeOffset expires, ECDsa? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "customs-tests", Audience = "customs", Subject = new ClaimsIdentity([new Claim("sub", "officer-1")]),
        IssuedAt = Now.UtcDateTime, NotBefore = Now.UtcDateTime, Expires = expires.UtcDateTime,
        SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key ?? _key), SecurityAlgorithms.EcdsaSha256),
    });

    private TokenValidationParameters Parameters(FakeTimeProvider? at = null) => new()
    {
        ValidIssuer = "customs-tests", ValidAudience = "customs", IssuerSigningKey = new ECDsaSecurityKey(_key), ClockSkew = TimeSpan.Zero,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        LifetimeValidator = (notBefore, expires, _, _) => expires > (at ?? _time).GetUtcNow().UtcDateTime,
    };

    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

        public int Checks { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Checks++;
            return _handler.ValidateTokenAsync(token, validationParameters);
        }
    }
}
