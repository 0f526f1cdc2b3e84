using System.Security.Claims;
using System.Security.Cryptography;
using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Customs.BuildingBlocks.Tests;

public sealed class DevelopmentTokenTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("customs-keys-").FullName;

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_data_folders_key_is_created_once_kept_and_readable_by_its_owner_only()
    {
        var first = DevelopmentSigningKey.LoadOrCreate(_dataDirectory);
        var second = DevelopmentSigningKey.LoadOrCreate(_dataDirectory);

        Assert.Equal(first.PublicKeyPem, second.PublicKeyPem);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DevelopmentSigningKey.PathIn(_dataDirectory)));
    }

    [Fact]
    public void Services_are_handed_only_the_public_half()
    {
        var configuration = DevelopmentSigningKey.LoadOrCreate(_dataDirectory).ServiceConfiguration;

        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", configuration["Authentication__Jwt__SigningKeys__0"]);
        Assert.DoesNotContain("PRIVATE", string.Concat(configuration.Values));
    }

    [Fact]
    public async Task A_minted_token_validates_with_the_public_half_and_names_the_same_caller()
    {
        var key = DevelopmentSigningKey.LoadOrCreate(_dataDirectory);
        var officer = CallerIdentity.Officer("42", "10005000", OfficerRole.Head);

        var result = await Validate(new TokenMinter(key).Mint(officer), key.PublicKeyPem);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.True(CallerIdentity.TryFrom(new ClaimsPrincipal(result.ClaimsIdentity), out var caller, out var problem), problem);
        Assert.Equal(officer, caller);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_does_not_validate()
    {
        var trusted = DevelopmentSigningKey.LoadOrCreate(_dataDirectory);
        var token = new TokenMinter(DevelopmentSigningKey.CreateUntrusted()).Mint(CallerIdentity.Declarant("7707083893"));

        Assert.False((await Validate(token, trusted.PublicKeyPem)).IsValid);
    }

    [Fact]
    public void The_token_command_needs_a_key_the_graph_created() =>
        Assert.Throws<FileNotFoundException>(() => DevelopmentSigningKey.Load(_dataDirectory));

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private static Task<TokenValidationResult> Validate(string token, string publicKeyPem)
    {
        var ec = ECDsa.Create();
        ec.ImportFromPem(publicKeyPem);
        return new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentSigningKey.Issuer,
            ValidAudience = DevelopmentSigningKey.Audience,
            IssuerSigningKey = new ECDsaSecurityKey(ec),
        });
    }
}
