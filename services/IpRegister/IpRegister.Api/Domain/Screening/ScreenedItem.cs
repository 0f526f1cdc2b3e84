namespace Customs.IpRegister.Api.Domain.Screening;

/// <summary>One goods item as screening sees it.</summary>
public sealed record ScreenedItem(int ItemNumber, string TariffCode, string? Brand, decimal Quantity, bool PersonalUse);
