using Customs.BuildingBlocks.Caching;
using Customs.Payments.Api.Application;
using Customs.Payments.Api.Data;
using StackExchange.Redis;

namespace Customs.Payments.Api.Caching;

/// <summary>
/// Lookups of the register of banks and insurers (is the organisation in it on a day, what its guarantees in force leave
/// under its limits) served from Redis through the versioned cache of BuildingBlocks; PostgreSQL stays the record, and a
/// change (entry, exclusion, a guarantee accepted or ended) bumps the version after its commit and before it answers.
/// </summary>
public sealed class GuarantorLookup(IConnectionMultiplexer redis, GuarantorStore store, ILogger<GuarantorLookup> logger)
{
    private readonly VersionedCache _cache = new(redis, "guarantors", TimeSpan.FromMinutes(30), logger);

    public Task<GuarantorStanding> StandingAsync(string taxpayerNumber, DateOnly on, CancellationToken ct) =>
        _cache.GetOrLoadAsync($"standing:{taxpayerNumber}:{on:yyyy-MM-dd}", c => store.StandingAsync(taxpayerNumber, on, c), ct);

    /// <summary>Call after the commit of a change and before answering its request.</summary>
    public Task ChangedAsync() => _cache.ChangedAsync();
}
