namespace Customs.Examination.Api.Domain.Risk;

/// <summary>A band with optional ends, both included.</summary>
public sealed record DecimalBand(decimal? Min, decimal? Max)
{
    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);
}
