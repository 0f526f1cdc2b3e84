using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// A token handler that checks a bearer token once and remembers that it was valid until the token expires: a caller
/// sends the same token on every call for its lifetime, and each signature check (ES256 or RS256) costs far more than the
/// call it guards, refused calls included (measured in the README, "Who calls: bearer tokens").
/// </summary>
/// <remarks>
/// Only valid tokens are kept, each until its own expiry (never longer, whatever the clock skew allows), and at most
/// <paramref name="capacity"/> of them; a token that failed is checked again each time. The parameters of the scheme are
/// fixed for the process, so a token valid once stays valid until it expires; keys rotated meanwhile do not withdraw
/// tokens already issued, as with any bearer token. Each hit answers a copy of the identity, so nothing a request does to
/// its principal reaches another.
/// </remarks>
public sealed class ValidatedTokenCache(TokenHandler inner, TimeProvider time, int capacity = ValidatedTokenCache.DefaultCapacity) : TokenHandler, IDisposable
{
    public const int DefaultCapacity = 4_096;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = capacity, Clock = new SystemClockOf(time) });

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > time.GetUtcNow().UtcDateTime)
        {
            return Copy(known);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } checkedToken && checkedToken.ValidTo > time.GetUtcNow().UtcDateTime)
        {
            _valid.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(checkedToken.ValidTo, TimeSpan.Zero) });
        }

        return result.IsValid ? Copy(result) : result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public void Dispose() => _valid.Dispose();

    private static TokenValidationResult Copy(TokenValidationResult known) => new()
    {
        IsValid = true,
        SecurityToken = known.SecurityToken,
        ClaimsIdentity = known.ClaimsIdentity.Clone(),
        Issuer = known.Issuer,
        TokenType = known.TokenType,
    };

#pragma warning disable CS0618 // MemoryCacheOptions.Clock takes the older ISystemClock.
    private sealed class SystemClockOf(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
#pragma warning restore CS0618
}
