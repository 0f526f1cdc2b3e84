using System.Collections.Concurrent;
using Aspire.Hosting;
using Customs.BuildingBlocks.Identity;
using Customs.DevTokens;
using Grpc.Core;

namespace Customs.Suite.Tests;

/// <summary>Bearer tokens for the running graph, minted as <c>./customs token</c> does with the key its AppHost created.</summary>
internal static class Callers
{
    private static readonly ConcurrentDictionary<string, TokenMinter> Minters = new();

    public static TokenMinter Tokens(this DistributedApplication app) =>
        Minters.GetOrAdd(app.GetDataDirectory(), directory => new TokenMinter(DevelopmentSigningKey.Load(directory)));

    /// <summary>The call metadata of <paramref name="caller"/>: its token in the <c>authorization</c> header.</summary>
    public static Metadata As(this DistributedApplication app, CallerIdentity caller) => Bearer(app.Tokens().Mint(caller));

    public static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };

    public static CallerIdentity Officer(string officerId = "officer-17", OfficerRole role = OfficerRole.Inspector) =>
        CallerIdentity.Officer(officerId, "10005000", role);

    /// <summary>A declarant of its own (a fresh organisation's taxpayer number with its check digit), so a test counts only its own rows.</summary>
    public static CallerIdentity NewDeclarant() => CallerIdentity.Declarant(NewTaxpayerNumber());

    public static CallerIdentity RiskAnalyst { get; } = CallerIdentity.Create(CallerRole.RiskAnalyst, "analyst-3", null, "analyst-3", "10005000");

    public static CallerIdentity Expert { get; } = CallerIdentity.Create(CallerRole.Expert, "expert-8", null, "expert-8", "10005000");

    public static CallerIdentity RightHolder { get; } = CallerIdentity.Create(CallerRole.RightHolder, "holder-1", null, null, null);

    /// <summary>A fresh organisation's taxpayer number (10 digits with its check digit).</summary>
    public static string NewTaxpayerNumber()
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var digits = Enumerable.Range(0, 9).Select(i => i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(10)).ToArray();
        var check = digits.Zip(weights, (d, w) => d * w).Sum() % 11 % 10;
        return string.Concat(digits) + check;
    }

    /// <summary>A fresh natural person's taxpayer number (12 digits with its two check digits).</summary>
    public static string NewPersonalTaxpayerNumber()
    {
        var digits = Enumerable.Range(0, 10).Select(i => i == 0 ? Random.Shared.Next(1, 10) : Random.Shared.Next(10)).ToList();
        foreach (var weights in new[] { new[] { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 }, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] })
        {
            digits.Add(digits.Zip(weights, (d, w) => d * w).Sum() % 11 % 10);
        }

        return string.Concat(digits);
    }
}
