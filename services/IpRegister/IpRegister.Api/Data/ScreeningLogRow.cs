namespace Customs.IpRegister.Api.Data;

public sealed record ScreeningLogRow(
    Guid? DeclarationId, int ItemNumber, string TariffCode, string? Brand, string NormalisedBrand, decimal Quantity,
    string Outcome, Guid? RegisterEntryId, DateTimeOffset ScreenedAt);
