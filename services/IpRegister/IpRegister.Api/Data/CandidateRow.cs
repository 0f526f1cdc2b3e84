namespace Customs.IpRegister.Api.Data;

/// <summary>What screening reads of an entry, with its authorised importers.</summary>
public sealed class CandidateRow
{
    public Guid Id { get; init; }

    public string[] TariffCodes { get; init; } = [];

    public string[] NormalisedBrands { get; init; } = [];

    public DateOnly EnteredOn { get; init; }

    public DateOnly ValidUntil { get; init; }

    public string Status { get; init; } = "";

    public string[] Importers { get; init; } = [];
}
