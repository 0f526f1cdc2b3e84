namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>A register entry as the hot path reads it (from Redis or PostgreSQL): what to match on and who may import.</summary>
public sealed record RegisterMatchCandidate
{
    public required Guid EntryId { get; init; }

    public required IReadOnlyList<string> TariffCodes { get; init; }

    /// <summary>Brand spellings, already normalised.</summary>
    public required IReadOnlyList<string> Brands { get; init; }

    public required DateOnly EnteredOn { get; init; }

    public required DateOnly ValidUntil { get; init; }

    public required bool Active { get; init; }

    /// <summary>Taxpayer numbers of the importers the holder authorised for this entry.</summary>
    public IReadOnlyList<string> AuthorisedImporters { get; init; } = [];

    public bool AppliesOn(DateOnly day) => Active && EnteredOn <= day && day <= ValidUntil;

    public bool Matches(ScreenedItem item)
    {
        var brand = BrandNormaliser.Normalise(item.Brand);
        return brand.Length > 0
            && Brands.Contains(brand)
            && TariffCodes.Any(code => TariffCode.Covers(code, item.TariffCode));
    }
}
