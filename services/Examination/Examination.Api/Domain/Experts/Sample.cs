namespace Customs.Examination.Api.Domain.Experts;

/// <summary>A sample or specimen taken (Art. 383), in the minimal quantity, and what became of it.</summary>
public sealed record Sample(
    int Number, int ItemNumber, decimal Quantity, string Unit, decimal CustomsValueRub, DateOnly TakenOn, string TakenBy, bool DeclarantPresent,
    IReadOnlyList<string> Witnesses, SampleDisposition Disposition, DateOnly? DisposedOn);
