using System.Security.Cryptography;
using Customs.BuildingBlocks.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Customs.ServiceDefaults.Authentication;

/// <summary>
/// Every RPC of every service needs a valid bearer token (issuer, audience, lifetime, signature) whose claims make a
/// <see cref="CallerIdentity"/>; only health, reflection and the test clock are open (<c>AllowAnonymous</c>).
/// No header the caller writes is trusted otherwise.
/// </summary>
public static class AuthenticationExtensions
{
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(JwtValidationOptions.SectionName).Get<JwtValidationOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException(
                $"{JwtValidationOptions.SectionName}:Issuer and :Audience are required: every call is authenticated (the AppHost sets them in development).");
        }

        if (options.SigningKeys.Count == 0 && options.Authority is null && options.MetadataAddress is null)
        {
            throw new InvalidOperationException(
                $"{JwtValidationOptions.SectionName} names no way to check signatures: give SigningKeys (PEM public keys), Authority or MetadataAddress.");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            // A token is checked once and remembered until it expires (ValidatedTokenCache); the real clock, as the check's.
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System));
            jwt.Authority = options.Authority;
            if (options.MetadataAddress is not null)
            {
                jwt.MetadataAddress = options.MetadataAddress;
            }

            jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
                IssuerSigningKeys = options.SigningKeys.Select(PublicKey).ToList(),
                ClockSkew = options.ClockSkew,
                NameClaimType = CustomsClaims.Subject,
                RoleClaimType = CustomsClaims.Role,
            };
            jwt.Events = new JwtBearerEvents
            {
                // A signed token whose claims make no caller is as good as none: Unauthenticated, with the reason.
                OnTokenValidated = context =>
                {
                    if (CallerIdentity.TryFrom(context.Principal!, out var caller, out var problem))
                    {
                        context.HttpContext.Items[typeof(CallerIdentity)] = caller;
                    }
                    else
                    {
                        context.Fail(problem);
                    }

                    return Task.CompletedTask;
                },
            };
        });

        var authorization = builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (name, roles) in CallerPolicies.Roles)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.Code())));
        }

        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        return builder;
    }

    private static SecurityKey PublicKey(string pem)
    {
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{JwtValidationOptions.SectionName}:SigningKeys holds a private key: a service needs only the public half.");
        }

        // The key's algorithm is read from the PEM, not found by trying each import: a failed import throws, and every
        // service would count an exception at its first request.
        if (PemEncoding.TryFind(pem, out var fields) && pem[fields.Label] is "RSA PUBLIC KEY")
        {
            var pkcs1 = RSA.Create();
            pkcs1.ImportFromPem(pem);
            return new RsaSecurityKey(pkcs1);
        }

        if (pem[fields.Label] is not "PUBLIC KEY")
        {
            throw new InvalidOperationException($"{JwtValidationOptions.SectionName}:SigningKeys holds something other than a PEM public key.");
        }

        var key = System.Security.Cryptography.X509Certificates.PublicKey.CreateFromSubjectPublicKeyInfo(
            Convert.FromBase64String(pem[fields.Base64Data]), out _);
        return key.GetECDsaPublicKey() is { } ec ? new ECDsaSecurityKey(ec)
            : key.GetRSAPublicKey() is { } rsa ? new RsaSecurityKey(rsa)
            : throw new InvalidOperationException($"{JwtValidationOptions.SectionName}:SigningKeys holds a key that is neither EC nor RSA.");
    }
}
